"""components models: DeploymentDataMetadata"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DeploymentDataMetadata"]


@dataclass(slots=True, kw_only=True)
class DeploymentDataMetadata(_rt.Base):
    """DeploymentDataMetadata"""

    datasource_id: str
    """Unique identifier for the data source"""
    chunk_id: str
    """Unique identifier for the chunk"""
    file_name: str
    """Name of the uploaded file during the datasource creation."""
    page_number: Union[Optional[float], Unset] = UNSET
    """Reference to the page number the chunk was extracted from. The property will only be available for `application/pdf` type of files. For other file types, the property will be `null`."""
    file_type: str
    """Type of the uploaded file when the datasource was created."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentDataMetadata:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["datasource_id"]
            v1 = data["chunk_id"]
            v2 = data["file_name"]
            v4 = data["file_type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".datasource_id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".chunk_id")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".file_name")
        v3 = data.get("page_number", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".page_number")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".page_number")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".file_type")
        extras: Dict[str, Any] = {}
        if len(data) != 4 + (v3 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_deployment_data_metadata
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.datasource_id = v0
        obj.chunk_id = v1
        obj.file_name = v2
        obj.page_number = v3
        obj.file_type = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "datasource_id": self.datasource_id,
            "chunk_id": self.chunk_id,
            "file_name": self.file_name,
            "file_type": self.file_type,
        }
        v3 = self.page_number
        if v3 is not UNSET:
            out["page_number"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_data_metadata = frozenset(
    {"datasource_id", "chunk_id", "file_name", "page_number", "file_type"}
)
