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


def decode_workflow_run_query_response_content2(
    data: Any,
) -> WorkflowRunQueryResponseContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRunQueryResponse21.from_dict(data)
    if tag == "image_url":
        return WorkflowRunQueryResponse22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_content2(
    value: WorkflowRunQueryResponseContent2,
) -> Any:
    return value.to_dict()
