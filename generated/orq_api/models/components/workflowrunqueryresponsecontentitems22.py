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


def decode_workflow_run_query_response_content_items22(
    data: Any,
) -> WorkflowRunQueryResponseContentItems22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse2Items21.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse2Items22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content_items22(
    value: WorkflowRunQueryResponseContentItems22,
) -> Any:
    return value.to_dict()
