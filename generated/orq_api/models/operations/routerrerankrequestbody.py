"""operations models: RouterRerankRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .documents import Documents, decode_documents, encode_documents

__all__ = ["RouterRerankRequestBody"]


@dataclass(slots=True, kw_only=True)
class RouterRerankRequestBody(_rt.Base):
    """A request body that follows the official OpenAI schema"""

    query: str
    """The search query"""
    documents: List[Documents]
    """A list of document objects or strings to rerank."""
    model: str
    """The identifier of the model to use"""
    top_n: Union[float, Unset] = UNSET
    """The number of most relevant documents or indices to return, defaults to the length of the documents"""
    return_documents: Union[bool, Unset] = UNSET
    """Returns the docs with or without the doc text passed in"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterRerankRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["query"]
            v1 = data["documents"]
            v2 = data["model"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".query")
        try:
            v1 = _rt.d_list(v1, decode_documents)
        except ValidationError as e:
            raise e.at(".documents")
        except RecursionError:
            raise _rt.too_deep().at(".documents") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model")
        v3 = data.get("top_n", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".top_n")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".top_n")
        v4 = data.get("return_documents", UNSET)
        if v4 is not UNSET:
            if type(v4) is not bool:
                raise _rt.type_error("bool", v4).at(".return_documents")
        extras: Dict[str, Any] = {}
        if len(data) != 3 + (v3 is not UNSET) + (v4 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_rerank_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.query = v0
        obj.documents = v1
        obj.model = v2
        obj.top_n = v3
        obj.return_documents = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "query": self.query,
            "documents": [encode_documents(x0) for x0 in self.documents],
            "model": self.model,
        }
        v3 = self.top_n
        if v3 is not UNSET:
            out["top_n"] = v3
        v4 = self.return_documents
        if v4 is not UNSET:
            out["return_documents"] = v4
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_rerank_request_body = frozenset(
    {"query", "documents", "model", "top_n", "return_documents"}
)
