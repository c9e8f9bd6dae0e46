"""operations models: BulkFileUploadRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .bulkfileuploadpurpose import (
    BULK_FILE_UPLOAD_PURPOSE_VALUES,
    BulkFileUploadPurpose,
    decode_bulk_file_upload_purpose,
)

__all__ = ["BulkFileUploadRequestBody"]


@dataclass(slots=True, kw_only=True)
class BulkFileUploadRequestBody(_rt.Base):
    """BulkFileUploadRequestBody"""

    files: List[str]
    purpose: BulkFileUploadPurpose
    """The intended purpose of the uploaded file."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> BulkFileUploadRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["files"]
            v1 = data["purpose"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, _rt.d_str)
        except ValidationError as e:
            raise e.at(".files")
        except RecursionError:
            raise _rt.too_deep().at(".files") from None
        if v1.__class__ is not str or v1 not in BULK_FILE_UPLOAD_PURPOSE_VALUES:
            raise _rt.enum_error(v1, BULK_FILE_UPLOAD_PURPOSE_VALUES).at(".purpose")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_bulk_file_upload_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.files = v0
        obj.purpose = v1  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "files": list(self.files),
            "purpose": self.purpose,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_bulk_file_upload_request_body = frozenset({"files", "purpose"})
