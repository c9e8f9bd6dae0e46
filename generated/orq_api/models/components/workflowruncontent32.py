"""components models: WorkflowRunContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun231 import WorkflowRun231
from .workflowrun232 import WorkflowRun232

__all__ = [
    "WorkflowRunContent32",
    "decode_workflow_run_content32",
    "encode_workflow_run_content32",
]


WorkflowRunContent32 = Union[WorkflowRun231, WorkflowRun232]


def decode_workflow_run_content32(data: Any) -> WorkflowRunContent32:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun231.from_dict(data)
    if tag == "image_url":
        return WorkflowRun232.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content32(value: WorkflowRunContent32) -> Any:
    return value.to_dict()
