"""components models: WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems4evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems4evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems4evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals74,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals71.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals72.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals73.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals74.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
