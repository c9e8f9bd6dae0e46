"""components models: EvalsPhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "EVALS_PHOTO_REAL_VERSION_VALUES",
    "EvalsPhotoRealVersion",
    "decode_evals_photo_real_version",
]


EvalsPhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


EVALS_PHOTO_REAL_VERSION_VALUES = frozenset(("v1", "v2"))


def decode_evals_photo_real_version(data: Any) -> EvalsPhotoRealVersion:
    if data.__class__ is str and data in EVALS_PHOTO_REAL_VERSION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_PHOTO_REAL_VERSION_VALUES)
