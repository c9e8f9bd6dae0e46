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


def decode_workflow_run_query_response_content_items12(
    data: Any,
) -> WorkflowRunQueryResponseContentItems12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse2Items11.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse2Items12.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content_items12(
    value: WorkflowRunQueryResponseContentItems12,
) -> Any:
    return value.to_dict()
