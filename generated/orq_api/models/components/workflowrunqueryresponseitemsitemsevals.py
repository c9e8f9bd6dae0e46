"""components models: WorkflowRunQueryResponseItemsItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems31 import WorkflowRunQueryResponseEvalsItems31
from .workflowrunqueryresponseevalsitems32 import WorkflowRunQueryResponseEvalsItems32
from .workflowrunqueryresponseevalsitems33 import WorkflowRunQueryResponseEvalsItems33
from .workflowrunqueryresponseevalsitems34 import WorkflowRunQueryResponseEvalsItems34
from .workflowrunqueryresponseevalsitems35 import WorkflowRunQueryResponseEvalsItems35
from .workflowrunqueryresponseevalsitems36 import WorkflowRunQueryResponseEvalsItems36
from .workflowrunqueryresponseevalsitems37 import WorkflowRunQueryResponseEvalsItems37

__all__ = [
    "WorkflowRunQueryResponseItemsItemsEvals",
    "decode_workflow_run_query_response_items_items_evals",
    "encode_workflow_run_query_response_items_items_evals",
]


WorkflowRunQueryResponseItemsItemsEvals = Union[
    WorkflowRunQueryResponseEvalsItems31,
    WorkflowRunQueryResponseEvalsItems32,
    WorkflowRunQueryResponseEvalsItems33,
    WorkflowRunQueryResponseEvalsItems34,
    WorkflowRunQueryResponseEvalsItems35,
    WorkflowRunQueryResponseEvalsItems36,
    WorkflowRunQueryResponseEvalsItems37,
]
""""""


def decode_workflow_run_query_response_items_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsEvals:
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems31.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems32.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems33.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "values" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems34.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems35.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems36.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "workflow_run" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvalsItems37.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems31.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems32.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems33.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems34.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems35.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems36.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems37.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items_evals(
    value: WorkflowRunQueryResponseItemsItemsEvals,
) -> Any:
    return value.to_dict()
