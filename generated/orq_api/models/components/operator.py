"""components models: Operator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["OPERATOR_VALUES", "Operator", "decode_operator"]


Operator = Literal["eq", "ne", "gt", "gte", "lt", "lte"]


OPERATOR_VALUES = frozenset(("eq", "ne", "gt", "gte", "lt", "lte"))


def decode_operator(data: Any) -> Operator:
    if data.__class__ is str and data in OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, OPERATOR_VALUES)
