"""operations models: DeploymentGetConfigEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES",
    "DeploymentGetConfigEncodingFormat",
    "decode_deployment_get_config_encoding_format",
]


DeploymentGetConfigEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_deployment_get_config_encoding_format(
    data: Any,
) -> DeploymentGetConfigEncodingFormat:
    if data.__class__ is str and data in DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_GET_CONFIG_ENCODING_FORMAT_VALUES)
