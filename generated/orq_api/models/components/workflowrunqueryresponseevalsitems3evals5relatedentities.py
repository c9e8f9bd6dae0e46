"""components models: WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems3evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems3evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems3evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals54,
]
""""""


def decode_workflow_run_query_response_evals_items3_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals51.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals52.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals53.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals54.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items3_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
