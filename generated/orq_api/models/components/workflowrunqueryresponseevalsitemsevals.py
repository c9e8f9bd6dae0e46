"""components models: WorkflowRunQueryResponseEvalsItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems21 import WorkflowRunQueryResponseEvalsItems21
from .workflowrunqueryresponseevalsitems22 import WorkflowRunQueryResponseEvalsItems22
from .workflowrunqueryresponseevalsitems23 import WorkflowRunQueryResponseEvalsItems23
from .workflowrunqueryresponseevalsitems24 import WorkflowRunQueryResponseEvalsItems24

__all__ = [
    "WorkflowRunQueryResponseEvalsItemsEvals",
    "decode_workflow_run_query_response_evals_items_evals",
    "encode_workflow_run_query_response_evals_items_evals",
]


WorkflowRunQueryResponseEvalsItemsEvals = Union[
    WorkflowRunQueryResponseEvalsItems21,
    WorkflowRunQueryResponseEvalsItems22,
    WorkflowRunQueryResponseEvalsItems23,
    WorkflowRunQueryResponseEvalsItems24,
]
""""""


def decode_workflow_run_query_response_evals_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsEvals:
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
            return WorkflowRunQueryResponseEvalsItems21.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems22.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems23.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems21.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems22.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems23.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems24.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_items_evals(
    value: WorkflowRunQueryResponseEvalsItemsEvals,
) -> Any:
    return value.to_dict()
