"""components models: WorkflowRunContent4Evals2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun24evals1 import WorkflowRun24Evals1
from .workflowrun24evals2 import WorkflowRun24Evals2

__all__ = [
    "WorkflowRunContent4Evals2",
    "decode_workflow_run_content4_evals2",
    "encode_workflow_run_content4_evals2",
]


WorkflowRunContent4Evals2 = Union[WorkflowRun24Evals1, WorkflowRun24Evals2]


def decode_workflow_run_content4_evals2(data: Any) -> WorkflowRunContent4Evals2:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "text":
        return WorkflowRun24Evals1.from_dict(data)
    if tag == "image_url":
        return WorkflowRun24Evals2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("text", "image_url")).at(_rt.key_segment("type"))


def encode_workflow_run_content4_evals2(value: WorkflowRunContent4Evals2) -> Any:
    return value.to_dict()
