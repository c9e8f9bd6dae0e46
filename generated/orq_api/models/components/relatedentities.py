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


def decode_related_entities(data: Any) -> RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "deployment_key":
        return RelatedEntities1.from_dict(data)
    if tag == "deployment":
        return RelatedEntities2.from_dict(data)
    if tag == "deployment_variant":
        return RelatedEntities3.from_dict(data)
    if tag == "deployment_completion":
        return Four.from_dict(data)
    if tag == "contact":
        return Five.from_dict(data)
    if tag == "chain":
        return Six.from_dict(data)
    if tag == "conversation":
        return Seven.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "deployment_key",
            "deployment",
            "deployment_variant",
            "deployment_completion",
            "contact",
            "chain",
            "conversation",
        ),
    ).at(_rt.key_segment("type"))


def encode_related_entities(value: RelatedEntities) -> Any:
    return value.to_dict()
