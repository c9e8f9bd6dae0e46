"""components models: WorkflowRunContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun221 import WorkflowRun221
from .workflowrun222 import WorkflowRun222

__all__ = [
    "WorkflowRunContent22",
    "decode_workflow_run_content22",
    "encode_workflow_run_content22",
]


WorkflowRunContent22 = Union[WorkflowRun221, WorkflowRun222]


def decode_workflow_run_content22(data: Any) -> WorkflowRunContent22:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun221.from_dict(data)
    if tag == "image_url":
        return WorkflowRun222.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content22(value: WorkflowRunContent22) -> Any:
    return value.to_dict()
