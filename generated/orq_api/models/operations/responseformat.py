"""operations models: ResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RESPONSE_FORMAT_VALUES", "ResponseFormat", "decode_response_format"]


ResponseFormat = Literal["url", "b64_json"]
"""The format of the image"""


RESPONSE_FORMAT_VALUES = frozenset(("url", "b64_json"))


def decode_response_format(data: Any) -> ResponseFormat:
    if data.__class__ is str and data in RESPONSE_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RESPONSE_FORMAT_VALUES)
