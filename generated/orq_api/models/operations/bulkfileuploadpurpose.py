"""operations models: BulkFileUploadPurpose"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "BULK_FILE_UPLOAD_PURPOSE_VALUES",
    "BulkFileUploadPurpose",
    "decode_bulk_file_upload_purpose",
]


BulkFileUploadPurpose = Literal["retrieval"]
"""The intended purpose of the uploaded file."""


BULK_FILE_UPLOAD_PURPOSE_VALUES = frozenset(("retrieval",))


def decode_bulk_file_upload_purpose(data: Any) -> BulkFileUploadPurpose:
    if data.__class__ is str and data in BULK_FILE_UPLOAD_PURPOSE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, BULK_FILE_UPLOAD_PURPOSE_VALUES)
