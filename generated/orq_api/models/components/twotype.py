"""components models: TwoType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["TWO_TYPE_VALUES", "TwoType", "decode_two_type"]


TwoType = Literal["image_url"]


TWO_TYPE_VALUES = frozenset(("image_url",))


def decode_two_type(data: Any) -> TwoType:
    if data.__class__ is str and data in TWO_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, TWO_TYPE_VALUES)
