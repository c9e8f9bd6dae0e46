"""operations models: DeploymentsQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_QUALITY_VALUES",
    "DeploymentsQuality",
    "decode_deployments_quality",
]


DeploymentsQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


DEPLOYMENTS_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_deployments_quality(data: Any) -> DeploymentsQuality:
    if data.__class__ is str and data in DEPLOYMENTS_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_QUALITY_VALUES)
