"""components models: WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems2evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems2evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems2evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals64,
]
""""""


def decode_workflow_run_query_response_evals_items2_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals61.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals62.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals63.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2Evals64.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals61.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals62.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals63.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems2Evals64.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
