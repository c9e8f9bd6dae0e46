"""components models: WorkflowRunQueryResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .items4 import Items4
from .workflowrunqueryresponseitems1 import WorkflowRunQueryResponseItems1
from .workflowrunqueryresponseitems2 import WorkflowRunQueryResponseItems2
from .workflowrunqueryresponseitems3 import WorkflowRunQueryResponseItems3

__all__ = [
    "WorkflowRunQueryResponseItems",
    "decode_workflow_run_query_response_items",
    "encode_workflow_run_query_response_items",
]


WorkflowRunQueryResponseItems = Union[
    WorkflowRunQueryResponseItems1,
    WorkflowRunQueryResponseItems2,
    WorkflowRunQueryResponseItems3,
    Items4,
]
"""The schema for a workflow run"""


def decode_workflow_run_query_response_items(
    data: Any,
) -> WorkflowRunQueryResponseItems:
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRunQueryResponseItems1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRunQueryResponseItems2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRunQueryResponseItems3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return Items4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseItems2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseItems3.from_dict, data),
            _rt.error_of(Items4.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items(
    value: WorkflowRunQueryResponseItems,
) -> Any:
    return value.to_dict()
