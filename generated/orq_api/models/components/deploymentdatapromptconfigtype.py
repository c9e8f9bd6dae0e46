"""components models: DeploymentDataPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_DATA_PROMPT_CONFIG_TYPE_VALUES",
    "DeploymentDataPromptConfigType",
    "decode_deployment_data_prompt_config_type",
]


DeploymentDataPromptConfigType = Literal["function"]


DEPLOYMENT_DATA_PROMPT_CONFIG_TYPE_VALUES = frozenset(("function",))


def decode_deployment_data_prompt_config_type(
    data: Any,
) -> DeploymentDataPromptConfigType:
    if data.__class__ is str and data in DEPLOYMENT_DATA_PROMPT_CONFIG_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_DATA_PROMPT_CONFIG_TYPE_VALUES)
