"""components models: WorkflowRunQueryResponseItemsItemsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems31,
)
from .workflowrunqueryresponserelatedentitiesitems32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems32,
)
from .workflowrunqueryresponserelatedentitiesitems33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems33,
)
from .workflowrunqueryresponserelatedentitiesitems4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4,
)

__all__ = [
    "WorkflowRunQueryResponseItemsItemsRelatedEntities",
    "decode_workflow_run_query_response_items_items_related_entities",
    "encode_workflow_run_query_response_items_items_related_entities",
]


WorkflowRunQueryResponseItemsItemsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems31,
    WorkflowRunQueryResponseRelatedEntitiesItems32,
    WorkflowRunQueryResponseRelatedEntitiesItems33,
    WorkflowRunQueryResponseRelatedEntitiesItems4,
]
""""""


def decode_workflow_run_query_response_items_items_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsRelatedEntities:
    if type(data) is dict and "type" in data and "playground_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "playground_block_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems32.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "playground_completion_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems33.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems31.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems32.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems33.from_dict, data
            ),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntitiesItems4.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items_related_entities(
    value: WorkflowRunQueryResponseItemsItemsRelatedEntities,
) -> Any:
    return value.to_dict()
