"""components models: WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems4evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems4evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems4evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals54,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals51.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals52.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals53.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals54.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
