"""components models: Owner"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .owner2 import OWNER2_VALUES, Owner2, decode_owner2

__all__ = ["Owner", "decode_owner", "encode_owner"]


Owner = Union[str, Owner2]


def decode_owner(data: Any) -> Owner:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_owner2(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [e0 or _rt.error_of(_rt.d_str, data), e1 or _rt.error_of(decode_owner2, data)]
    )


def encode_owner(value: Owner) -> Any:
    return _rt.encode(value)
