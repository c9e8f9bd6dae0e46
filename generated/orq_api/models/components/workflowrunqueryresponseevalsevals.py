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


def decode_workflow_run_query_response_evals_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems11.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems12.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems13.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems14.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_evals(
    value: WorkflowRunQueryResponseEvalsEvals,
) -> Any:
    return value.to_dict()
