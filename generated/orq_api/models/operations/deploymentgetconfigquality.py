"""operations models: DeploymentGetConfigQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_QUALITY_VALUES",
    "DeploymentGetConfigQuality",
    "decode_deployment_get_config_quality",
]


DeploymentGetConfigQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


DEPLOYMENT_GET_CONFIG_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_deployment_get_config_quality(data: Any) -> DeploymentGetConfigQuality:
    if data.__class__ is str and data in DEPLOYMENT_GET_CONFIG_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG_QUALITY_VALUES)
