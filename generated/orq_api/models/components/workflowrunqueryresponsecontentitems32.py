"""components models: WorkflowRunQueryResponseContentItems32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items31 import WorkflowRunQueryResponse2Items31
from .workflowrunqueryresponse2items32 import WorkflowRunQueryResponse2Items32

__all__ = [
    "WorkflowRunQueryResponseContentItems32",
    "decode_workflow_run_query_response_content_items32",
    "encode_workflow_run_query_response_content_items32",
]


WorkflowRunQueryResponseContentItems32 = Union[
    WorkflowRunQueryResponse2Items31, WorkflowRunQueryResponse2Items32
]
""""""


def decode_workflow_run_query_response_content_items32(
    data: Any,
) -> WorkflowRunQueryResponseContentItems32:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse2Items31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse2Items32.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse2Items31.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse2Items32.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content_items32(
    value: WorkflowRunQueryResponseContentItems32,
) -> Any:
    return value.to_dict()
