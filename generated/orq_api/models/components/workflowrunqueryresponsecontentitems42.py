"""components models: WorkflowRunQueryResponseContentItems42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items41 import WorkflowRunQueryResponse2Items41
from .workflowrunqueryresponse2items42 import WorkflowRunQueryResponse2Items42

__all__ = [
    "WorkflowRunQueryResponseContentItems42",
    "decode_workflow_run_query_response_content_items42",
    "encode_workflow_run_query_response_content_items42",
]


WorkflowRunQueryResponseContentItems42 = Union[
    WorkflowRunQueryResponse2Items41, WorkflowRunQueryResponse2Items42
]


def decode_workflow_run_query_response_content_items42(
    data: Any,
) -> WorkflowRunQueryResponseContentItems42:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse2Items41.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse2Items42.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content_items42(
    value: WorkflowRunQueryResponseContentItems42,
) -> Any:
    return value.to_dict()
