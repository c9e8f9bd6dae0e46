"""components models: Quality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["QUALITY_VALUES", "Quality", "decode_quality"]


Quality = Literal["standard", "hd"]
"""Only supported on `image` models."""


QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_quality(data: Any) -> Quality:
    if data.__class__ is str and data in QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, QUALITY_VALUES)
