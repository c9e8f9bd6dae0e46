"""components models: Filters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filters1 import Filters1
from .filters2 import Filters2
from .filters3 import Filters3
from .filters4 import Filters4

__all__ = ["Filters", "decode_filters", "encode_filters"]


Filters = Union[Filters1, Filters2, Filters3, Filters4]


def decode_filters(data: Any) -> Filters:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "id":
        return Filters1.from_dict(data)
    if tag == "search":
        return Filters2.from_dict(data)
    if tag == "string":
        return Filters3.from_dict(data)
    if tag == "string_array":
        return Filters4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("id", "search", "string", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_filters(value: Filters) -> Any:
    return value.to_dict()
