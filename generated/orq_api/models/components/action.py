"""components models: Action"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ACTION_VALUES", "Action", "decode_action"]


Action = Literal["get_config", "invoke", "simulate"]


ACTION_VALUES = frozenset(("get_config", "invoke", "simulate"))


def decode_action(data: Any) -> Action:
    if data.__class__ is str and data in ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ACTION_VALUES)
