"""operations models: EncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["ENCODING_FORMAT_VALUES", "EncodingFormat", "decode_encoding_format"]


EncodingFormat = Literal["base64", "float"]
"""Type of the document element"""


ENCODING_FORMAT_VALUES = frozenset(("base64", "float"))


def decode_encoding_format(data: Any) -> EncodingFormat:
    if data.__class__ is str and data in ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ENCODING_FORMAT_VALUES)
