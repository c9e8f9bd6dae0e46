"""components models: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems1evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems1evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems1evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals44,
]
""""""


def decode_workflow_run_query_response_evals_items1_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals41.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals42.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals43.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals44.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
