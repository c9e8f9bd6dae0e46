"""components models: GetRemoteConfigResponseType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_REMOTE_CONFIG_RESPONSE_TYPE_VALUES",
    "GetRemoteConfigResponseType",
    "decode_get_remote_config_response_type",
]


GetRemoteConfigResponseType = Literal[
    "boolean", "string", "integer", "decimal", "list", "json", "deployment"
]


GET_REMOTE_CONFIG_RESPONSE_TYPE_VALUES = frozenset(
    ("boolean", "string", "integer", "decimal", "list", "json", "deployment")
)


def decode_get_remote_config_response_type(data: Any) -> GetRemoteConfigResponseType:
    if data.__class__ is str and data in GET_REMOTE_CONFIG_RESPONSE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_REMOTE_CONFIG_RESPONSE_TYPE_VALUES)
