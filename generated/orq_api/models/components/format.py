"""components models: Format"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["FORMAT_VALUES", "Format", "decode_format"]


Format = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


FORMAT_VALUES = frozenset(("url", "b64_json", "text", "json_object"))


def decode_format(data: Any) -> Format:
    if data.__class__ is str and data in FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FORMAT_VALUES)
