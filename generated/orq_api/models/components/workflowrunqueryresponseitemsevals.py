"""components models: WorkflowRunQueryResponseItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems1 import WorkflowRunQueryResponseEvalsItems1
from .workflowrunqueryresponseevalsitems2 import WorkflowRunQueryResponseEvalsItems2
from .workflowrunqueryresponseevalsitems3 import WorkflowRunQueryResponseEvalsItems3
from .workflowrunqueryresponseevalsitems4 import WorkflowRunQueryResponseEvalsItems4
from .workflowrunqueryresponseevalsitems5 import WorkflowRunQueryResponseEvalsItems5
from .workflowrunqueryresponseevalsitems6 import WorkflowRunQueryResponseEvalsItems6
from .workflowrunqueryresponseevalsitems7 import WorkflowRunQueryResponseEvalsItems7

__all__ = [
    "WorkflowRunQueryResponseItemsEvals",
    "decode_workflow_run_query_response_items_evals",
    "encode_workflow_run_query_response_items_evals",
]


WorkflowRunQueryResponseItemsEvals = Union[
    WorkflowRunQueryResponseEvalsItems1,
    WorkflowRunQueryResponseEvalsItems2,
    WorkflowRunQueryResponseEvalsItems3,
    WorkflowRunQueryResponseEvalsItems4,
    WorkflowRunQueryResponseEvalsItems5,
    WorkflowRunQueryResponseEvalsItems6,
    WorkflowRunQueryResponseEvalsItems7,
]
""""""


def decode_workflow_run_query_response_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsEvals:
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
            return WorkflowRunQueryResponseEvalsItems1.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems2.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems3.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems4.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems5.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems6.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems3.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems4.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems5.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems6.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems7.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_evals(
    value: WorkflowRunQueryResponseItemsEvals,
) -> Any:
    return value.to_dict()
