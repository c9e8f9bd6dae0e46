"""components models: WorkflowRunEvals4Evals7WorkflowRunRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals4evals7workflowruntype import (
    WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_TYPE_VALUES,
    WorkflowRunEvals4Evals7WorkflowRunType,
    decode_workflow_run_evals4_evals7_workflow_run_type,
)

__all__ = ["WorkflowRunEvals4Evals7WorkflowRunRelatedEntities"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunEvals4Evals7WorkflowRunRelatedEntities(_rt.Base):
    """Define the relationship between an evaluator and an entity. Can be LLM Evals, Code Evals or HTTP Evals"""

    type: WorkflowRunEvals4Evals7WorkflowRunType
    evaluator_id: str
    """The id of the resource"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunEvals4Evals7WorkflowRunRelatedEntities:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["evaluator_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".evaluator_id")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_workflow_run_evals4_evals7_workflow_run_related_entities
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.evaluator_id = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "evaluator_id": self.evaluator_id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_evals4_evals7_workflow_run_related_entities = frozenset(
    {"type", "evaluator_id"}
)
