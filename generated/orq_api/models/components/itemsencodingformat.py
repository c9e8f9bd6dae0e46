"""components models: ItemsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ITEMS_ENCODING_FORMAT_VALUES",
    "ItemsEncodingFormat",
    "decode_items_encoding_format",
]


ItemsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


ITEMS_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_items_encoding_format(data: Any) -> ItemsEncodingFormat:
    if data.__class__ is str and data in ITEMS_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ITEMS_ENCODING_FORMAT_VALUES)
