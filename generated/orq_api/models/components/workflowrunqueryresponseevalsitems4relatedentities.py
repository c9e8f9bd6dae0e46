"""components models: WorkflowRunQueryResponseEvalsItems4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems4evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems4evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems4evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_related_entities",
    "encode_workflow_run_query_response_evals_items4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals4,
]
""""""


def decode_workflow_run_query_response_evals_items4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals1.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals2.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals3.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals4.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4RelatedEntities,
) -> Any:
    return value.to_dict()
