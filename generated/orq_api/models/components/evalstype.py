"""components models: EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_TYPE_VALUES", "EvalsType", "decode_evals_type"]


EvalsType = Literal["string"]


EVALS_TYPE_VALUES = frozenset(("string",))


def decode_evals_type(data: Any) -> EvalsType:
    if data.__class__ is str and data in EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_TYPE_VALUES)
