"""components models: WorkflowRunQueryResponseEvalsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems11 import WorkflowRunQueryResponseEvalsItems11
from .workflowrunqueryresponseevalsitems12 import WorkflowRunQueryResponseEvalsItems12
from .workflowrunqueryresponseevalsitems13 import WorkflowRunQueryResponseEvalsItems13
from .workflowrunqueryresponseevalsitems14 import WorkflowRunQueryResponseEvalsItems14

__all__ = [
    "WorkflowRunQueryResponseEvalsEvals",
    "decode_workflow_run_query_response_evals_evals",
    "encode_workflow_run_query_response_evals_evals",
]


WorkflowRunQueryResponseEvalsEvals = Union[
    WorkflowRunQueryResponseEvalsItems11,
    WorkflowRunQueryResponseEvalsItems12,
    WorkflowRunQueryResponseEvalsItems13,
    WorkflowRunQueryResponseEvalsItems14,
]
""""""


def decode_workflow_run_query_response_evals_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsEvals:
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
            return WorkflowRunQueryResponseEvalsItems11.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems12.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems13.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems14.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems11.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems12.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems13.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems14.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_evals(
    value: WorkflowRunQueryResponseEvalsEvals,
) -> Any:
    return value.to_dict()
