"""components models: WorkflowRun3Configuration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunconfiguration31 import WorkflowRunConfiguration31
from .workflowrunconfiguration32 import WorkflowRunConfiguration32

__all__ = [
    "WorkflowRun3Configuration",
    "decode_workflow_run3_configuration",
    "encode_workflow_run3_configuration",
]


WorkflowRun3Configuration = Union[
    WorkflowRunConfiguration31, WorkflowRunConfiguration32
]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_workflow_run3_configuration(data: Any) -> WorkflowRun3Configuration:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunConfiguration31.from_dict(data)
    if tag == "query":
        return WorkflowRunConfiguration32.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run3_configuration(value: WorkflowRun3Configuration) -> Any:
    return value.to_dict()
