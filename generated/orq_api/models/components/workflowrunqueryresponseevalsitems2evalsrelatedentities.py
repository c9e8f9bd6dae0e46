"""components models: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems2evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems2evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems2evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals4,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals1.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals2.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals3.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals4.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
