"""components models: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44.from_dict(
                data
            )
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44.from_dict,
                data,
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
