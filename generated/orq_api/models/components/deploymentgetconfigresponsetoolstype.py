"""components models: DeploymentGetConfigResponseToolsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_RESPONSE_TOOLS_TYPE_VALUES",
    "DeploymentGetConfigResponseToolsType",
    "decode_deployment_get_config_response_tools_type",
]


DeploymentGetConfigResponseToolsType = Literal["function"]
"""The type of the tool. Currently, only `function` is supported."""


DEPLOYMENT_GET_CONFIG_RESPONSE_TOOLS_TYPE_VALUES = frozenset(("function",))


def decode_deployment_get_config_response_tools_type(
    data: Any,
) -> DeploymentGetConfigResponseToolsType:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_GET_CONFIG_RESPONSE_TOOLS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG_RESPONSE_TOOLS_TYPE_VALUES)
