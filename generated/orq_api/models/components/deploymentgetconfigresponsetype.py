"""components models: DeploymentGetConfigResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES",
    "DeploymentGetConfigResponseType",
    "decode_deployment_get_config_response_type",
]


DeploymentGetConfigResponseType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model. Current `chat`,`completion` and `image` are supported"""


DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_deployment_get_config_response_type(
    data: Any,
) -> DeploymentGetConfigResponseType:
    if data.__class__ is str and data in DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG_RESPONSE_TYPE_VALUES)
