"""components models: WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals31,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals32,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals33,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals31,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals32,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals33,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals34,
]


def decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals31.from_dict(
            data
        )
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals32.from_dict(
            data
        )
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals33.from_dict(
            data
        )
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals34.from_dict(
            data
        )
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
