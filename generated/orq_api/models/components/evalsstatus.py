"""components models: EvalsStatus"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_STATUS_VALUES", "EvalsStatus", "decode_evals_status"]


EvalsStatus = Literal["pending", "completed", "failed"]


EVALS_STATUS_VALUES = frozenset(("pending", "completed", "failed"))


def decode_evals_status(data: Any) -> EvalsStatus:
    if data.__class__ is str and data in EVALS_STATUS_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_STATUS_VALUES)
