"""components models: WorkflowRunQueryResponseEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems11 import (
    WorkflowRunQueryResponseRelatedEntitiesItems11,
)
from .workflowrunqueryresponserelatedentitiesitems12 import (
    WorkflowRunQueryResponseRelatedEntitiesItems12,
)
from .workflowrunqueryresponserelatedentitiesitems13 import (
    WorkflowRunQueryResponseRelatedEntitiesItems13,
)
from .workflowrunqueryresponserelatedentitiesitems14 import (
    WorkflowRunQueryResponseRelatedEntitiesItems14,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_related_entities",
    "encode_workflow_run_query_response_evals_related_entities",
]


WorkflowRunQueryResponseEvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems11,
    WorkflowRunQueryResponseRelatedEntitiesItems12,
    WorkflowRunQueryResponseRelatedEntitiesItems13,
    WorkflowRunQueryResponseRelatedEntitiesItems14,
]
""""""


def decode_workflow_run_query_response_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems11.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems12.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems13.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems14.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems11.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems12.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems13.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems14.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
