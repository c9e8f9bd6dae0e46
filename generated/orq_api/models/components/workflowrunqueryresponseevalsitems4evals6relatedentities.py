"""components models: WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems4evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems4evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems4evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals64,
]
""""""


def decode_workflow_run_query_response_evals_items4_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals61.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals62.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals63.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems4Evals64.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items4_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
