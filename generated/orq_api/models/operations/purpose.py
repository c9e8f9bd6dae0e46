"""operations models: Purpose"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PURPOSE_VALUES", "Purpose", "decode_purpose"]


Purpose = Literal["retrieval"]
"""The intended purpose of the uploaded file."""


PURPOSE_VALUES = frozenset(("retrieval",))


def decode_purpose(data: Any) -> Purpose:
    if data.__class__ is str and data in PURPOSE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PURPOSE_VALUES)
