"""components models: WorkflowRunQueryResponseContentItems12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items11 import WorkflowRunQueryResponse2Items11
from .workflowrunqueryresponse2items12 import WorkflowRunQueryResponse2Items12

__all__ = [
    "WorkflowRunQueryResponseContentItems12",
    "decode_workflow_run_query_response_content_items12",
    "encode_workflow_run_query_response_content_items12",
]


WorkflowRunQueryResponseContentItems12 = Union[
    WorkflowRunQueryResponse2Items11, WorkflowRunQueryResponse2Items12
]
""""""


def decode_workflow_run_query_response_content_items12(
    data: Any,
) -> WorkflowRunQueryResponseContentItems12:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse2Items11.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse2Items12.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse2Items11.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse2Items12.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content_items12(
    value: WorkflowRunQueryResponseContentItems12,
) -> Any:
    return value.to_dict()
