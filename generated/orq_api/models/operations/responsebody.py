"""operations models: ResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .bulkfileuploadfilespurpose import (
    BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES,
    BulkFileUploadFilesPurpose,
    decode_bulk_file_upload_files_purpose,
)

__all__ = ["ResponseBody"]


@dataclass(slots=True, kw_only=True)
class ResponseBody(_rt.Base):
    """ResponseBody"""

    id: str
    object_name: str
    """path to the file in the storage"""
    purpose: BulkFileUploadFilesPurpose
    """The intended purpose of the uploaded file."""
    bytes: float
    file_name: str
    created: Union[datetime, Unset] = UNSET
    """The date and time the resource was created"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["object_name"]
            v2 = data["purpose"]
            v3 = data["bytes"]
            v4 = data["file_name"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".object_name")
        if v2.__class__ is not str or v2 not in BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES:
            raise _rt.enum_error(v2, BULK_FILE_UPLOAD_FILES_PURPOSE_VALUES).at(
                ".purpose"
            )
        if type(v3) is not float:
            if type(v3) is not int:
                raise _rt.type_error("float", v3).at(".bytes")
        elif v3 - v3 != 0.0:
            raise _rt.not_finite(v3).at(".bytes")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".file_name")
        v5 = data.get("created", UNSET)
        if v5 is not UNSET:
            try:
                v5 = _rt.d_datetime(v5)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        extras: Dict[str, Any] = {}
        if len(data) != 5 + (v5 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_response_body}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.object_name = v1
        obj.purpose = v2  # type: ignore[assignment]
        obj.bytes = v3
        obj.file_name = v4
        obj.created = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "object_name": self.object_name,
            "purpose": self.purpose,
            "bytes": self.bytes,
            "file_name": self.file_name,
        }
        v5 = self.created
        if v5 is not UNSET:
            out["created"] = v5.isoformat()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_response_body = frozenset(
    {"_id", "object_name", "purpose", "bytes", "file_name", "created"}
)
