"""components models: WorkflowRunQueryResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse21 import WorkflowRunQueryResponse21
from .workflowrunqueryresponse22 import WorkflowRunQueryResponse22

__all__ = [
    "WorkflowRunQueryResponseContent2",
    "decode_workflow_run_query_response_content2",
    "encode_workflow_run_query_response_content2",
]


WorkflowRunQueryResponseContent2 = Union[
    WorkflowRunQueryResponse21, WorkflowRunQueryResponse22
]
""""""


def decode_workflow_run_query_response_content2(
    data: Any,
) -> WorkflowRunQueryResponseContent2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse21.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse22.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content2(
    value: WorkflowRunQueryResponseContent2,
) -> Any:
    return value.to_dict()
