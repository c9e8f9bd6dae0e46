"""operations models: Results"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .document import Document

__all__ = ["Results"]


@dataclass(slots=True, kw_only=True)
class Results(_rt.Base):
    """Results"""

    index: float
    """Corresponds to the index in the original list of documents to which the ranked document belongs."""
    relevance_score: float
    """Relevance scores are normalized to be in the range [0, 1]. Scores close to 1 indicate a high relevance to the query, and scores closer to 0 indicate low relevance."""
    document: Union[Document, Unset] = UNSET
    """If return_documents is set as false this will return none, if true it will return the documents passed in"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Results:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["index"]
            v1 = data["relevance_score"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".index")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".index")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".relevance_score")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".relevance_score")
        v2 = data.get("document", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Document.from_dict(v2)
            except ValidationError as e:
                raise e.at(".document")
            except RecursionError:
                raise _rt.too_deep().at(".document") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_results}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.index = v0
        obj.relevance_score = v1
        obj.document = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "index": self.index,
            "relevance_score": self.relevance_score,
        }
        v2 = self.document
        if v2 is not UNSET:
            out["document"] = v2.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_results = frozenset({"index", "relevance_score", "document"})
