"""components models: RelatedEntitiesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "RELATED_ENTITIES_TYPE_VALUES",
    "RelatedEntitiesType",
    "decode_related_entities_type",
]


RelatedEntitiesType = Literal["deployment_key"]


RELATED_ENTITIES_TYPE_VALUES = frozenset(("deployment_key",))


def decode_related_entities_type(data: Any) -> RelatedEntitiesType:
    if data.__class__ is str and data in RELATED_ENTITIES_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RELATED_ENTITIES_TYPE_VALUES)
