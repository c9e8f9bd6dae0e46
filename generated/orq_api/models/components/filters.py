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
""""""


def decode_filters(data: Any) -> Filters:
    if type(data) is dict and "type" in data and "id" in data and "path" in data:
        try:
            return Filters1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "searchPaths" in data
    ):
        try:
            return Filters2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "operator" in data
        and "value" in data
        and "path" in data
    ):
        try:
            return Filters3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "operator" in data
        and "values" in data
        and "path" in data
    ):
        try:
            return Filters4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Filters1.from_dict, data),
            _rt.error_of(Filters2.from_dict, data),
            _rt.error_of(Filters3.from_dict, data),
            _rt.error_of(Filters4.from_dict, data),
        ]
    )


def encode_filters(value: Filters) -> Any:
    return value.to_dict()
