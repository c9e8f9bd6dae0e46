"""components models: WorkflowRunContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun211 import WorkflowRun211
from .workflowrun212 import WorkflowRun212

__all__ = [
    "WorkflowRunContent12",
    "decode_workflow_run_content12",
    "encode_workflow_run_content12",
]


WorkflowRunContent12 = Union[WorkflowRun211, WorkflowRun212]


def decode_workflow_run_content12(data: Any) -> WorkflowRunContent12:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun211.from_dict(data)
    if tag == "image_url":
        return WorkflowRun212.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content12(value: WorkflowRunContent12) -> Any:
    return value.to_dict()
