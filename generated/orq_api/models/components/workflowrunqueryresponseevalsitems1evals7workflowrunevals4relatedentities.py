"""components models: WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals41,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals42,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals43,
)
from .workflowrunqueryresponserelatedentitiesitems1evals7workflowrunevals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals41,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals42,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals43,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals44,
]
""""""


def decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals41.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals42.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals43.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals44.from_dict(
                data
            )
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals41.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals42.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals43.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals7WorkflowRunEvals44.from_dict,
                data,
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
