"""components models: WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems4evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems4evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems4evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals44,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals41.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals42.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals43.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals44.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
