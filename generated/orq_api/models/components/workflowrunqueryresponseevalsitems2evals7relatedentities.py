"""components models: WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems2evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems2evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems2evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals74,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals71.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals72.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals73.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals74.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
