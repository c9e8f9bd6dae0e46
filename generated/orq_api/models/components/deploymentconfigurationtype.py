"""components models: DeploymentConfigurationType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_CONFIGURATION_TYPE_VALUES",
    "DeploymentConfigurationType",
    "decode_deployment_configuration_type",
]


DeploymentConfigurationType = Literal["query"]


DEPLOYMENT_CONFIGURATION_TYPE_VALUES = frozenset(("query",))


def decode_deployment_configuration_type(data: Any) -> DeploymentConfigurationType:
    if data.__class__ is str and data in DEPLOYMENT_CONFIGURATION_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_CONFIGURATION_TYPE_VALUES)
