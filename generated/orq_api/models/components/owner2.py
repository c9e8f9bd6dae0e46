"""components models: Owner2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OWNER2_VALUES", "Owner2", "decode_owner2"]


Owner2 = Literal["vendor"]


OWNER2_VALUES = frozenset(("vendor",))


def decode_owner2(data: Any) -> Owner2:
    if data.__class__ is str and data in OWNER2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OWNER2_VALUES)
