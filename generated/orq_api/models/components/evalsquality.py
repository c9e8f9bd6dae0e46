"""components models: EvalsQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_QUALITY_VALUES", "EvalsQuality", "decode_evals_quality"]


EvalsQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""

EVALS_QUALITY_VALUES: frozenset[Any] = frozenset(
    (
        "standard",
        "hd",
    )
)


def decode_evals_quality(data: Any) -> EvalsQuality:
    for value in (
        "standard",
        "hd",
    ):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, EVALS_QUALITY_VALUES)
