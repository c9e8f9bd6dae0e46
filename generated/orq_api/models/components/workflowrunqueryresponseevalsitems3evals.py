"""components models: WorkflowRunQueryResponseEvalsItems3Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems3evals1 import (
    WorkflowRunQueryResponseEvalsItems3Evals1,
)
from .workflowrunqueryresponseevalsitems3evals2 import (
    WorkflowRunQueryResponseEvalsItems3Evals2,
)
from .workflowrunqueryresponseevalsitems3evals3 import (
    WorkflowRunQueryResponseEvalsItems3Evals3,
)
from .workflowrunqueryresponseevalsitems3evals4 import (
    WorkflowRunQueryResponseEvalsItems3Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals",
    "decode_workflow_run_query_response_evals_items3_evals",
    "encode_workflow_run_query_response_evals_items3_evals",
]


WorkflowRunQueryResponseEvalsItems3Evals = Union[
    WorkflowRunQueryResponseEvalsItems3Evals1,
    WorkflowRunQueryResponseEvalsItems3Evals2,
    WorkflowRunQueryResponseEvalsItems3Evals3,
    WorkflowRunQueryResponseEvalsItems3Evals4,
]
""""""


def decode_workflow_run_query_response_evals_items3_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals:
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
            return WorkflowRunQueryResponseEvalsItems3Evals1.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems3Evals2.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems3Evals3.from_dict(data)
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
            return WorkflowRunQueryResponseEvalsItems3Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvalsItems3Evals1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems3Evals2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems3Evals3.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvalsItems3Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_evals_items3_evals(
    value: WorkflowRunQueryResponseEvalsItems3Evals,
) -> Any:
    return value.to_dict()
