"""components models: WorkflowRunQueryResponseEvalsItems45"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems4evals5relatedentities import (
    WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities,
    decode_workflow_run_query_response_evals_items4_evals5_related_entities,
    encode_workflow_run_query_response_evals_items4_evals5_related_entities,
)
from .workflowrunqueryresponseevalsitems4evals5status import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_STATUS_VALUES,
    WorkflowRunQueryResponseEvalsItems4Evals5Status,
    decode_workflow_run_query_response_evals_items4_evals5_status,
)
from .workflowrunqueryresponseevalsitems4evals5type import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_TYPE_VALUES,
    WorkflowRunQueryResponseEvalsItems4Evals5Type,
    decode_workflow_run_query_response_evals_items4_evals5_type,
)
from .workflowrunqueryresponseevalsitems4value import (
    WorkflowRunQueryResponseEvalsItems4Value,
)

__all__ = ["WorkflowRunQueryResponseEvalsItems45"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItems45(_rt.Base):
    """WorkflowRunQueryResponseEvalsItems45"""

    type: WorkflowRunQueryResponseEvalsItems4Evals5Type
    value: WorkflowRunQueryResponseEvalsItems4Value
    id: str
    """The id of the resource"""
    status: WorkflowRunQueryResponseEvalsItems4Evals5Status
    timestamp: datetime
    related_entities: List[WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItems45:
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
            or v0 not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_TYPE_VALUES
            ).at(".type")
        try:
            v1 = WorkflowRunQueryResponseEvalsItems4Value.from_dict(v1)
        except ValidationError as e:
            raise e.at(".value")
        except RecursionError:
            raise _rt.too_deep().at(".value") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_STATUS_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_EVALS5_STATUS_VALUES
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
                decode_workflow_run_query_response_evals_items4_evals5_related_entities,
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
                if k not in _KEYS_workflow_run_query_response_evals_items45
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
            "value": self.value.to_dict(),
            "id": self.id,
            "status": self.status,
            "timestamp": self.timestamp.isoformat(),
            "related_entities": [
                encode_workflow_run_query_response_evals_items4_evals5_related_entities(
                    x0
                )
                for x0 in self.related_entities
            ],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items45 = frozenset(
    {"type", "value", "id", "status", "timestamp", "related_entities"}
)
