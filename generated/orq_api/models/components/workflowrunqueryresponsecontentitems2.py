"""components models: WorkflowRunQueryResponseContentItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items1 import WorkflowRunQueryResponse2Items1
from .workflowrunqueryresponse2items2 import WorkflowRunQueryResponse2Items2

__all__ = [
    "WorkflowRunQueryResponseContentItems2",
    "decode_workflow_run_query_response_content_items2",
    "encode_workflow_run_query_response_content_items2",
]


WorkflowRunQueryResponseContentItems2 = Union[
    WorkflowRunQueryResponse2Items1, WorkflowRunQueryResponse2Items2
]


def decode_workflow_run_query_response_content_items2(
    data: Any,
) -> WorkflowRunQueryResponseContentItems2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse2Items1.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse2Items2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content_items2(
    value: WorkflowRunQueryResponseContentItems2,
) -> Any:
    return value.to_dict()
