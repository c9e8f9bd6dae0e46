"""components models: WorkflowRunContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun21 import WorkflowRun21
from .workflowrun22 import WorkflowRun22

__all__ = [
    "WorkflowRunContent2",
    "decode_workflow_run_content2",
    "encode_workflow_run_content2",
]


WorkflowRunContent2 = Union[WorkflowRun21, WorkflowRun22]


def decode_workflow_run_content2(data: Any) -> WorkflowRunContent2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun21.from_dict(data)
    if tag == "image_url":
        return WorkflowRun22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content2(value: WorkflowRunContent2) -> Any:
    return value.to_dict()
