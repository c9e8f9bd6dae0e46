"""components models: WorkflowRunQueryResponseEvalsItems2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems21,
)
from .workflowrunqueryresponserelatedentitiesitems22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems22,
)
from .workflowrunqueryresponserelatedentitiesitems23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems23,
)
from .workflowrunqueryresponserelatedentitiesitems24 import (
    WorkflowRunQueryResponseRelatedEntitiesItems24,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_related_entities",
    "encode_workflow_run_query_response_evals_items2_related_entities",
]


WorkflowRunQueryResponseEvalsItems2RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems21,
    WorkflowRunQueryResponseRelatedEntitiesItems22,
    WorkflowRunQueryResponseRelatedEntitiesItems23,
    WorkflowRunQueryResponseRelatedEntitiesItems24,
]
""""""


def decode_workflow_run_query_response_evals_items2_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2RelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems21.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems22.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems23.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems24.from_dict, data
            ),
        ]
    )


def encode_workflow_run_query_response_evals_items2_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2RelatedEntities,
) -> Any:
    return value.to_dict()
