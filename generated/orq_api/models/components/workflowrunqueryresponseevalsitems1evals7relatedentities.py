"""components models: WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems1evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems1evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems1evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals74,
]
""""""


def decode_workflow_run_query_response_evals_items1_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals71.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals72.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals73.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals74.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals71.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals72.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals73.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals74.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
