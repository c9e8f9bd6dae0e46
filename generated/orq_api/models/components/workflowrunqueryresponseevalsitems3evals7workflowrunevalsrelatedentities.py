"""components models: WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals7workflowrun1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun1,
)
from .workflowrunqueryresponserelatedentitiesitems3evals7workflowrun2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun2,
)
from .workflowrunqueryresponserelatedentitiesitems3evals7workflowrun3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun3,
)
from .workflowrunqueryresponserelatedentitiesitems3evals7workflowrun4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun1,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun2,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun3,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun4,
]


def decode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return (
            WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun1.from_dict(
                data
            )
        )
    if tag == "contact":
        return (
            WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun2.from_dict(
                data
            )
        )
    if tag == "human_eval":
        return (
            WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun3.from_dict(
                data
            )
        )
    if tag == "evaluator":
        return (
            WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRun4.from_dict(
                data
            )
        )
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
