"""components models: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems1evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems1evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems1evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals64,
]
""""""


def decode_workflow_run_query_response_evals_items1_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals61.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals62.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals63.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems1Evals64.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items1_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
