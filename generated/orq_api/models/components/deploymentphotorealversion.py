"""components models: DeploymentPhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_PHOTO_REAL_VERSION_VALUES",
    "DeploymentPhotoRealVersion",
    "decode_deployment_photo_real_version",
]


DeploymentPhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


DEPLOYMENT_PHOTO_REAL_VERSION_VALUES = frozenset(("v1", "v2"))


def decode_deployment_photo_real_version(data: Any) -> DeploymentPhotoRealVersion:
    if data.__class__ is str and data in DEPLOYMENT_PHOTO_REAL_VERSION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_PHOTO_REAL_VERSION_VALUES)
