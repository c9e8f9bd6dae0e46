"""components models: WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals21,
)
from .workflowrunqueryresponserelatedentitiesitems4evals22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals22,
)
from .workflowrunqueryresponserelatedentitiesitems4evals23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals23,
)
from .workflowrunqueryresponserelatedentitiesitems4evals24 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals24,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals21,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals22,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals23,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals24,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals21.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals22.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals23.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals24.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
