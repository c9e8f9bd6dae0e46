"""components models: WorkflowRunQueryResponseItemsItems4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems41 import WorkflowRunQueryResponseEvalsItems41
from .workflowrunqueryresponseevalsitems42 import WorkflowRunQueryResponseEvalsItems42
from .workflowrunqueryresponseevalsitems43 import WorkflowRunQueryResponseEvalsItems43
from .workflowrunqueryresponseevalsitems44 import WorkflowRunQueryResponseEvalsItems44
from .workflowrunqueryresponseevalsitems45 import WorkflowRunQueryResponseEvalsItems45
from .workflowrunqueryresponseevalsitems46 import WorkflowRunQueryResponseEvalsItems46
from .workflowrunqueryresponseevalsitems47 import WorkflowRunQueryResponseEvalsItems47

__all__ = [
    "WorkflowRunQueryResponseItemsItems4Evals",
    "decode_workflow_run_query_response_items_items4_evals",
    "encode_workflow_run_query_response_items_items4_evals",
]


WorkflowRunQueryResponseItemsItems4Evals = Union[
    WorkflowRunQueryResponseEvalsItems41,
    WorkflowRunQueryResponseEvalsItems42,
    WorkflowRunQueryResponseEvalsItems43,
    WorkflowRunQueryResponseEvalsItems44,
    WorkflowRunQueryResponseEvalsItems45,
    WorkflowRunQueryResponseEvalsItems46,
    WorkflowRunQueryResponseEvalsItems47,
]
""""""


def decode_workflow_run_query_response_items_items4_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4Evals:
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
            return WorkflowRunQueryResponseEvalsItems41.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems42.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems43.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems44.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems45.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems46.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems47.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems41.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems42.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems43.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems44.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems45.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems46.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems47.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items4_evals(
    value: WorkflowRunQueryResponseItemsItems4Evals,
) -> Any:
    return value.to_dict()
