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


def decode_workflow_run_query_response_content_items32(
    data: Any,
) -> WorkflowRunQueryResponseContentItems32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse2Items31.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse2Items32.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content_items32(
    value: WorkflowRunQueryResponseContentItems32,
) -> Any:
    return value.to_dict()
