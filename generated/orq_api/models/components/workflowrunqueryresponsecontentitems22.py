"""components models: WorkflowRunQueryResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items21 import WorkflowRunQueryResponse2Items21
from .workflowrunqueryresponse2items22 import WorkflowRunQueryResponse2Items22

__all__ = [
    "WorkflowRunQueryResponseContentItems22",
    "decode_workflow_run_query_response_content_items22",
    "encode_workflow_run_query_response_content_items22",
]


WorkflowRunQueryResponseContentItems22 = Union[
    WorkflowRunQueryResponse2Items21, WorkflowRunQueryResponse2Items22
]
""""""


def decode_workflow_run_query_response_content_items22(
    data: Any,
) -> WorkflowRunQueryResponseContentItems22:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse2Items21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse2Items22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse2Items21.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse2Items22.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content_items22(
    value: WorkflowRunQueryResponseContentItems22,
) -> Any:
    return value.to_dict()
