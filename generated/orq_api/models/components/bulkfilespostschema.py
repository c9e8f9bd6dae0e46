"""components models: BulkFilesPostSchema"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .bulkfilespostschemapurpose import (
    BULK_FILES_POST_SCHEMA_PURPOSE_VALUES,
    BulkFilesPostSchemaPurpose,
    decode_bulk_files_post_schema_purpose,
)

__all__ = ["BulkFilesPostSchema"]


@dataclass(slots=True, kw_only=True)
class BulkFilesPostSchema(_rt.Base):
    """BulkFilesPostSchema"""

    files: List[str]
    purpose: BulkFilesPostSchemaPurpose
    """The intended purpose of the uploaded file."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> BulkFilesPostSchema:
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
        if v1.__class__ is not str or v1 not in BULK_FILES_POST_SCHEMA_PURPOSE_VALUES:
            raise _rt.enum_error(v1, BULK_FILES_POST_SCHEMA_PURPOSE_VALUES).at(
                ".purpose"
            )
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_bulk_files_post_schema
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


_KEYS_bulk_files_post_schema = frozenset({"files", "purpose"})
