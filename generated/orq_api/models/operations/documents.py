"""operations models: Documents"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Documents", "decode_documents", "encode_documents"]


Documents = Union[str, Dict[str, str]]


def decode_documents(data: Any) -> Documents:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is dict:
        try:
            return _rt.map_of(_rt.d_str)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.map_of(_rt.d_str), data),
        ]
    )


def encode_documents(value: Documents) -> Any:
    return _rt.encode(value)
