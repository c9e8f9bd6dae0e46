"""components models: WorkflowRun4Documents"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun4metadata import WorkflowRun4Metadata

__all__ = ["WorkflowRun4Documents"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun4Documents(_rt.Base):
    """WorkflowRun4Documents"""

    id: str
    """The id of the resource"""
    text: str
    """Text content of the document"""
    metadata: WorkflowRun4Metadata
    score: float
    """The score of the document"""
    rerank_score: Union[float, Unset] = UNSET
    """The rerank score of the document"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun4Documents:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["text"]
            v2 = data["metadata"]
            v3 = data["score"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".text")
        try:
            v2 = WorkflowRun4Metadata.from_dict(v2)
        except ValidationError as e:
            raise e.at(".metadata")
        except RecursionError:
            raise _rt.too_deep().at(".metadata") from None
        if type(v3) is not float:
            if type(v3) is not int:
                raise _rt.type_error("float", v3).at(".score")
        elif v3 - v3 != 0.0:
            raise _rt.not_finite(v3).at(".score")
        v4 = data.get("rerank_score", UNSET)
        if v4 is not UNSET:
            if type(v4) is not float:
                if type(v4) is not int:
                    raise _rt.type_error("float", v4).at(".rerank_score")
            elif v4 - v4 != 0.0:
                raise _rt.not_finite(v4).at(".rerank_score")
        extras: Dict[str, Any] = {}
        if len(data) != 4 + (v4 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run4_documents
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.text = v1
        obj.metadata = v2
        obj.score = v3
        obj.rerank_score = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "metadata": self.metadata.to_dict(),
            "score": self.score,
        }
        v4 = self.rerank_score
        if v4 is not UNSET:
            out["rerank_score"] = v4
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run4_documents = frozenset(
    {"id", "text", "metadata", "score", "rerank_score"}
)
