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


def decode_workflow_run_query_response_evals_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems21.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems22.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems23.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items_evals(
    value: WorkflowRunQueryResponseEvalsItemsEvals,
) -> Any:
    return value.to_dict()
