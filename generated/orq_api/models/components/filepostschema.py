"""components models: FilePostSchema"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filepostschemapurpose import (
    FILE_POST_SCHEMA_PURPOSE_VALUES,
    FilePostSchemaPurpose,
    decode_file_post_schema_purpose,
)

__all__ = ["FilePostSchema"]


@dataclass(slots=True, kw_only=True)
class FilePostSchema(_rt.Base):
    """FilePostSchema"""

    file: Union[str, Unset] = UNSET
    """The file to be uploaded."""
    purpose: Union[FilePostSchemaPurpose, Unset] = UNSET
    """The intended purpose of the uploaded file."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> FilePostSchema:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("file", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".file")
        v1 = data.get("purpose", UNSET)
        if v1 is not UNSET:
            if v1.__class__ is not str or v1 not in FILE_POST_SCHEMA_PURPOSE_VALUES:
                raise _rt.enum_error(v1, FILE_POST_SCHEMA_PURPOSE_VALUES).at(".purpose")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_file_post_schema}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.file = v0
        obj.purpose = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.file
        if v0 is not UNSET:
            out["file"] = v0
        v1 = self.purpose
        if v1 is not UNSET:
            out["purpose"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_file_post_schema = frozenset({"file", "purpose"})
