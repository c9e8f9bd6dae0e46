"""operations models: DeploymentInvokeMetadata"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DeploymentInvokeMetadata"]


@dataclass(slots=True, kw_only=True)
class DeploymentInvokeMetadata(_rt.Base):
    """Metadata of the retrieved chunk from the knowledge base"""

    file_name: str
    """Name of the file"""
    page_number: Optional[float]
    """Page number of the chunk"""
    file_type: str
    """Type of the file"""
    rerank_score: Union[float, Unset] = UNSET
    """Rerank scores are normalized to be in the range [0, 1]. Scores close to 1 indicate a high relevance to the query, and scores closer to 0 indicate low relevance. It is not accurate to assume a score of 0.9 means the document is 2x more relevant than a document with a score of 0.45"""
    search_score: float
    """Search scores are normalized to be in the range [0, 1]. Search score is calculated based on `[Cosine Similarity](https://en.wikipedia.org/wiki/Cosine_similarity)` algorithm. Scores close to 1 indicate the document is closer to the query, and scores closer to 0 indicate the document is farther from the query."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentInvokeMetadata:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["file_name"]
            v1 = data["page_number"]
            v2 = data["file_type"]
            v4 = data["search_score"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".file_name")
        if v1 is not None:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".page_number")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".page_number")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".file_type")
        v3 = data.get("rerank_score", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".rerank_score")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".rerank_score")
        if type(v4) is not float:
            if type(v4) is not int:
                raise _rt.type_error("float", v4).at(".search_score")
        elif v4 - v4 != 0.0:
            raise _rt.not_finite(v4).at(".search_score")
        extras: Dict[str, Any] = {}
        if len(data) != 4 + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_invoke_metadata
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.file_name = v0
        obj.page_number = v1
        obj.file_type = v2
        obj.rerank_score = v3
        obj.search_score = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "file_name": self.file_name,
            "page_number": self.page_number,
            "file_type": self.file_type,
            "search_score": self.search_score,
        }
        v3 = self.rerank_score
        if v3 is not UNSET:
            out["rerank_score"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_invoke_metadata = frozenset(
    {"file_name", "page_number", "file_type", "rerank_score", "search_score"}
)
