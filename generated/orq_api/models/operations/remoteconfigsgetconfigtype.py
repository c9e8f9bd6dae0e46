"""operations models: RemoteConfigsGetConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES",
    "RemoteConfigsGetConfigType",
    "decode_remote_configs_get_config_type",
]


RemoteConfigsGetConfigType = Literal[
    "boolean", "string", "integer", "decimal", "list", "json", "deployment"
]


REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES = frozenset(
    ("boolean", "string", "integer", "decimal", "list", "json", "deployment")
)


def decode_remote_configs_get_config_type(data: Any) -> RemoteConfigsGetConfigType:
    if data.__class__ is str and data in REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES)
