"""components models: WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems2evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems2evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems2evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals54,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals51.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals52.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals53.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals54.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals51.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals52.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals53.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals54.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
