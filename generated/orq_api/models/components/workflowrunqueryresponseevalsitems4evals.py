"""components models: WorkflowRunQueryResponseEvalsItems4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems4evals1 import (
    WorkflowRunQueryResponseEvalsItems4Evals1,
)
from .workflowrunqueryresponseevalsitems4evals2 import (
    WorkflowRunQueryResponseEvalsItems4Evals2,
)
from .workflowrunqueryresponseevalsitems4evals3 import (
    WorkflowRunQueryResponseEvalsItems4Evals3,
)
from .workflowrunqueryresponseevalsitems4evals4 import (
    WorkflowRunQueryResponseEvalsItems4Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals",
    "decode_workflow_run_query_response_evals_items4_evals",
    "encode_workflow_run_query_response_evals_items4_evals",
]


WorkflowRunQueryResponseEvalsItems4Evals = Union[
    WorkflowRunQueryResponseEvalsItems4Evals1,
    WorkflowRunQueryResponseEvalsItems4Evals2,
    WorkflowRunQueryResponseEvalsItems4Evals3,
    WorkflowRunQueryResponseEvalsItems4Evals4,
]


def decode_workflow_run_query_response_evals_items4_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems4Evals1.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems4Evals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems4Evals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems4Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals(
    value: WorkflowRunQueryResponseEvalsItems4Evals,
) -> Any:
    return value.to_dict()
