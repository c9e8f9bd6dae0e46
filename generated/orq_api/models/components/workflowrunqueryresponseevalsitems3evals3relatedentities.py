"""components models: WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems3evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems3evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems3evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals34,
]
""""""


def decode_workflow_run_query_response_evals_items3_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals31.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals32.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals33.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals34.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items3_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
