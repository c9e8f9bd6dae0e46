"""components models: RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .five import Five
from .four import Four
from .relatedentities1 import RelatedEntities1
from .relatedentities2 import RelatedEntities2
from .relatedentities3 import RelatedEntities3
from .seven import Seven
from .six import Six

__all__ = ["RelatedEntities", "decode_related_entities", "encode_related_entities"]


RelatedEntities = Union[
    RelatedEntities1, RelatedEntities2, RelatedEntities3, Four, Five, Six, Seven
]
""""""


def decode_related_entities(data: Any) -> RelatedEntities:
    if type(data) is dict and "type" in data and "deployment_key" in data:
        try:
            return RelatedEntities1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_id" in data:
        try:
            return RelatedEntities2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_variant_id" in data:
        try:
            return RelatedEntities3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_completion_id" in data:
        try:
            return Four.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return Five.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "chain_id" in data:
        try:
            return Six.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "conversation_id" in data:
        try:
            return Seven.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(RelatedEntities1.from_dict, data),
            _rt.error_of(RelatedEntities2.from_dict, data),
            _rt.error_of(RelatedEntities3.from_dict, data),
            _rt.error_of(Four.from_dict, data),
            _rt.error_of(Five.from_dict, data),
            _rt.error_of(Six.from_dict, data),
            _rt.error_of(Seven.from_dict, data),
        ]
    )


def encode_related_entities(value: RelatedEntities) -> Any:
    return value.to_dict()
