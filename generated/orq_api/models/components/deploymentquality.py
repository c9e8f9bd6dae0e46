"""components models: DeploymentQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_QUALITY_VALUES",
    "DeploymentQuality",
    "decode_deployment_quality",
]


DeploymentQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


DEPLOYMENT_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_deployment_quality(data: Any) -> DeploymentQuality:
    if data.__class__ is str and data in DEPLOYMENT_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_QUALITY_VALUES)
