"""components models: WorkflowRunContent42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun241 import WorkflowRun241
from .workflowrun242 import WorkflowRun242

__all__ = [
    "WorkflowRunContent42",
    "decode_workflow_run_content42",
    "encode_workflow_run_content42",
]


WorkflowRunContent42 = Union[WorkflowRun241, WorkflowRun242]


def decode_workflow_run_content42(data: Any) -> WorkflowRunContent42:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun241.from_dict(data)
    if tag == "image_url":
        return WorkflowRun242.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content42(value: WorkflowRunContent42) -> Any:
    return value.to_dict()
