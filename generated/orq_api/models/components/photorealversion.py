"""components models: PhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PHOTO_REAL_VERSION_VALUES", "PhotoRealVersion", "decode_photo_real_version"]


PhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


PHOTO_REAL_VERSION_VALUES = frozenset(("v1", "v2"))


def decode_photo_real_version(data: Any) -> PhotoRealVersion:
    if data.__class__ is str and data in PHOTO_REAL_VERSION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PHOTO_REAL_VERSION_VALUES)
