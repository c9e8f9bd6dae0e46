"""components models: WorkflowRunEvals4Evals1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals4evals7workflowrunevalsrelatedentities import (
    WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities,
    decode_workflow_run_evals4_evals7_workflow_run_evals_related_entities,
    encode_workflow_run_evals4_evals7_workflow_run_evals_related_entities,
)
from .workflowrunevals4evals7workflowrunevalstype import (
    WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES,
    WorkflowRunEvals4Evals7WorkflowRunEvalsType,
    decode_workflow_run_evals4_evals7_workflow_run_evals_type,
)
from .workflowrunevals4evals7workflowrunstatus import (
    WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_STATUS_VALUES,
    WorkflowRunEvals4Evals7WorkflowRunStatus,
    decode_workflow_run_evals4_evals7_workflow_run_status,
)

__all__ = ["WorkflowRunEvals4Evals1"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunEvals4Evals1(_rt.Base):
    """WorkflowRunEvals4Evals1"""

    type: WorkflowRunEvals4Evals7WorkflowRunEvalsType
    value: str
    id: str
    """The id of the resource"""
    status: WorkflowRunEvals4Evals7WorkflowRunStatus
    timestamp: datetime
    related_entities: List[WorkflowRunEvals4Evals7WorkflowRunEvalsRelatedEntities]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunEvals4Evals1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["value"]
            v2 = data["id"]
            v3 = data["status"]
            v4 = data["timestamp"]
            v5 = data["related_entities"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".value")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_STATUS_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_STATUS_VALUES
            ).at(".status")
        try:
            v4 = _rt.d_datetime(v4)
        except ValidationError as e:
            raise e.at(".timestamp")
        except RecursionError:
            raise _rt.too_deep().at(".timestamp") from None
        try:
            v5 = _rt.d_list(
                v5,
                decode_workflow_run_evals4_evals7_workflow_run_evals_related_entities,
            )
        except ValidationError as e:
            raise e.at(".related_entities")
        except RecursionError:
            raise _rt.too_deep().at(".related_entities") from None
        extras: Dict[str, Any] = {}
        if len(data) != 6:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_evals4_evals1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.value = v1
        obj.id = v2
        obj.status = v3  # type: ignore[assignment]
        obj.timestamp = v4
        obj.related_entities = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "value": self.value,
            "id": self.id,
            "status": self.status,
            "timestamp": self.timestamp.isoformat(),
            "related_entities": [
                encode_workflow_run_evals4_evals7_workflow_run_evals_related_entities(
                    x0
                )
                for x0 in self.related_entities
            ],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_evals4_evals1 = frozenset(
    {"type", "value", "id", "status", "timestamp", "related_entities"}
)
