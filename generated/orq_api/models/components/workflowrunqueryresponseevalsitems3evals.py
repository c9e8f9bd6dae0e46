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


def decode_workflow_run_query_response_evals_items3_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems3Evals1.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems3Evals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems3Evals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems3Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals(
    value: WorkflowRunQueryResponseEvalsItems3Evals,
) -> Any:
    return value.to_dict()
