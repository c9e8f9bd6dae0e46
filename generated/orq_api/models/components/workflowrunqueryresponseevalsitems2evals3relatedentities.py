"""components models: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems2evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems2evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems2evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals34,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals31.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals32.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals33.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals34.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
