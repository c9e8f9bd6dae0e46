"""components models: RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .five import Five
from .four import Four
from .relatedentities1 import RelatedEntities1
from .relatedentities2 import RelatedEntities2
from .relatedentities3 import RelatedEntities3
from .seven import Seven
from .six import Six

RelatedEntities = Union[
    "RelatedEntities1",
    "RelatedEntities2",
    "RelatedEntities3",
    "Four",
    "Five",
    "Six",
    "Seven",
]
""""""


def decode_related_entities(data: Any) -> RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return RelatedEntities1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return RelatedEntities3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Four.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Five.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Six.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Seven.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_related_entities(value: RelatedEntities) -> Any:
    return value.to_dict()
