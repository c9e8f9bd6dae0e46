"""components models: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals1,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals2,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals2_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals2_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals1,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals2,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals4,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals2RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals1.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals2.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3.from_dict(
                data
            )
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals4.from_dict(
                data
            )
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals1.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals2.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3.from_dict,
                data,
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals4.from_dict,
                data,
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals2_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
