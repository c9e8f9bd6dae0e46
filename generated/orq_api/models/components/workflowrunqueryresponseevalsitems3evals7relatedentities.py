"""components models: WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems3evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems3evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems3evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals74,
]
""""""


def decode_workflow_run_query_response_evals_items3_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals71.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals72.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals73.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals74.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items3_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
