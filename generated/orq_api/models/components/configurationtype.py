"""components models: ConfigurationType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "CONFIGURATION_TYPE_VALUES",
    "ConfigurationType",
    "decode_configuration_type",
]


ConfigurationType = Literal["last_user_message"]


CONFIGURATION_TYPE_VALUES = frozenset(("last_user_message",))


def decode_configuration_type(data: Any) -> ConfigurationType:
    if data.__class__ is str and data in CONFIGURATION_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, CONFIGURATION_TYPE_VALUES)
