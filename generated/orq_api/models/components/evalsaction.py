"""components models: EvalsAction"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_ACTION_VALUES", "EvalsAction", "decode_evals_action"]


EvalsAction = Literal["invoke"]


EVALS_ACTION_VALUES = frozenset(("invoke",))


def decode_evals_action(data: Any) -> EvalsAction:
    if data.__class__ is str and data in EVALS_ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_ACTION_VALUES)
