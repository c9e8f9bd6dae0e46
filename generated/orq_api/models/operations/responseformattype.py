"""operations models: ResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "RESPONSE_FORMAT_TYPE_VALUES",
    "ResponseFormatType",
    "decode_response_format_type",
]


ResponseFormatType = Literal["json_schema"]


RESPONSE_FORMAT_TYPE_VALUES = frozenset(("json_schema",))


def decode_response_format_type(data: Any) -> ResponseFormatType:
    if data.__class__ is str and data in RESPONSE_FORMAT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RESPONSE_FORMAT_TYPE_VALUES)
