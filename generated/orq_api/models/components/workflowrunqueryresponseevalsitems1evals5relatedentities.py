"""components models: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems1evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems1evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems1evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals54,
]
""""""


def decode_workflow_run_query_response_evals_items1_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals51.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals52.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals53.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals54.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
