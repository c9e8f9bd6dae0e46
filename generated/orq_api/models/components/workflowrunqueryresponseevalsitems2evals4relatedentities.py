"""components models: WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems2evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems2evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems2evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals44,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals44.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals41.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals42.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals43.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals44.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
