"""components models: FiltersOperator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["FILTERS_OPERATOR_VALUES", "FiltersOperator", "decode_filters_operator"]


FiltersOperator = Literal["contains", "equals"]


FILTERS_OPERATOR_VALUES = frozenset(("contains", "equals"))


def decode_filters_operator(data: Any) -> FiltersOperator:
    if data.__class__ is str and data in FILTERS_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FILTERS_OPERATOR_VALUES)
