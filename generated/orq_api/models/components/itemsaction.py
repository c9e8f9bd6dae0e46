"""components models: ItemsAction"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ITEMS_ACTION_VALUES", "ItemsAction", "decode_items_action"]


ItemsAction = Literal["get_config", "simulate"]


ITEMS_ACTION_VALUES = frozenset(("get_config", "simulate"))


def decode_items_action(data: Any) -> ItemsAction:
    if data.__class__ is str and data in ITEMS_ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_ACTION_VALUES)
