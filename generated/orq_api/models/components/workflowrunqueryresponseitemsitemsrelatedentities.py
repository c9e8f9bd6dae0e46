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


def decode_workflow_run_query_response_items_items_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "playground":
        return WorkflowRunQueryResponseRelatedEntitiesItems31.from_dict(data)
    if tag == "playground_block":
        return WorkflowRunQueryResponseRelatedEntitiesItems32.from_dict(data)
    if tag == "playground_completion":
        return WorkflowRunQueryResponseRelatedEntitiesItems33.from_dict(data)
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag, ("playground", "playground_block", "playground_completion", "account")
    ).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_items_items_related_entities(
    value: WorkflowRunQueryResponseItemsItemsRelatedEntities,
) -> Any:
    return value.to_dict()
