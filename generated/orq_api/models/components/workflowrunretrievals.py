"""components models: WorkflowRunRetrievals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrundocuments import WorkflowRunDocuments

__all__ = ["WorkflowRunRetrievals"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunRetrievals(_rt.Base):
    """WorkflowRunRetrievals"""

    knowledge_id: str
    """Unique id of the knowledge base"""
    documents: List[WorkflowRunDocuments]
    """The documents returned"""
    knowledge_key: str
    """The key of the knowledge base"""
    query: str
    """The query used to search the knowledge base"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunRetrievals:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["knowledge_id"]
            v1 = data["documents"]
            v2 = data["knowledge_key"]
            v3 = data["query"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".knowledge_id")
        try:
            v1 = _rt.d_list(v1, WorkflowRunDocuments.from_dict)
        except ValidationError as e:
            raise e.at(".documents")
        except RecursionError:
            raise _rt.too_deep().at(".documents") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".knowledge_key")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".query")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_retrievals
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.knowledge_id = v0
        obj.documents = v1
        obj.knowledge_key = v2
        obj.query = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "knowledge_id": self.knowledge_id,
            "documents": [x0.to_dict() for x0 in self.documents],
            "knowledge_key": self.knowledge_key,
            "query": self.query,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_retrievals = frozenset(
    {"knowledge_id", "documents", "knowledge_key", "query"}
)
