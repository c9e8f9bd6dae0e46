"""components models: WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems3evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems3evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems3evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals64,
]
""""""


def decode_workflow_run_query_response_evals_items3_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals61.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals62.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals63.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems3Evals64.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items3_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
