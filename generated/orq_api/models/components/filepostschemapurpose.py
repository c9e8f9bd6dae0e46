"""components models: FilePostSchemaPurpose"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "FILE_POST_SCHEMA_PURPOSE_VALUES",
    "FilePostSchemaPurpose",
    "decode_file_post_schema_purpose",
]


FilePostSchemaPurpose = Literal["retrieval"]
"""The intended purpose of the uploaded file."""


FILE_POST_SCHEMA_PURPOSE_VALUES = frozenset(("retrieval",))


def decode_file_post_schema_purpose(data: Any) -> FilePostSchemaPurpose:
    if data.__class__ is str and data in FILE_POST_SCHEMA_PURPOSE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, FILE_POST_SCHEMA_PURPOSE_VALUES)
