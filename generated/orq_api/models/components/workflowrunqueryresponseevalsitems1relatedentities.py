"""components models: WorkflowRunQueryResponseEvalsItems1RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems1evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems1evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems1evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_related_entities",
    "encode_workflow_run_query_response_evals_items1_related_entities",
]


WorkflowRunQueryResponseEvalsItems1RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals34,
]
""""""


def decode_workflow_run_query_response_evals_items1_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals34.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals31.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals32.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals33.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals34.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1RelatedEntities,
) -> Any:
    return value.to_dict()
