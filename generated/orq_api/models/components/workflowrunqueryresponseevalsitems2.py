"""components models: WorkflowRunQueryResponseEvalsItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems2evalsrelatedentities import (
    WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities,
    decode_workflow_run_query_response_evals_items2_evals_related_entities,
    encode_workflow_run_query_response_evals_items2_evals_related_entities,
)
from .workflowrunqueryresponseevalsitems2evalsstatus import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_STATUS_VALUES,
    WorkflowRunQueryResponseEvalsItems2EvalsStatus,
    decode_workflow_run_query_response_evals_items2_evals_status,
)
from .workflowrunqueryresponseevalsitems2evalstype import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_TYPE_VALUES,
    WorkflowRunQueryResponseEvalsItems2EvalsType,
    decode_workflow_run_query_response_evals_items2_evals_type,
)

__all__ = ["WorkflowRunQueryResponseEvalsItems2"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItems2(_rt.Base):
    """WorkflowRunQueryResponseEvalsItems2"""

    type: WorkflowRunQueryResponseEvalsItems2EvalsType
    value: float
    id: str
    """The id of the resource"""
    status: WorkflowRunQueryResponseEvalsItems2EvalsStatus
    timestamp: datetime
    related_entities: List[WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItems2:
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
            or v0 not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_TYPE_VALUES
            ).at(".type")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".value")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".value")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_STATUS_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS_STATUS_VALUES
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
                decode_workflow_run_query_response_evals_items2_evals_related_entities,
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
                if k not in _KEYS_workflow_run_query_response_evals_items2
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
                encode_workflow_run_query_response_evals_items2_evals_related_entities(
                    x0
                )
                for x0 in self.related_entities
            ],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items2 = frozenset(
    {"type", "value", "id", "status", "timestamp", "related_entities"}
)
