"""operations models: DeploymentsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_FORMAT_VALUES",
    "DeploymentsFormat",
    "decode_deployments_format",
]


DeploymentsFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


DEPLOYMENTS_FORMAT_VALUES = frozenset(("url", "b64_json", "text", "json_object"))


def decode_deployments_format(data: Any) -> DeploymentsFormat:
    if data.__class__ is str and data in DEPLOYMENTS_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_FORMAT_VALUES)
