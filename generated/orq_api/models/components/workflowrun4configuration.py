"""components models: WorkflowRun4Configuration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunconfiguration41 import WorkflowRunConfiguration41
from .workflowrunconfiguration42 import WorkflowRunConfiguration42

__all__ = [
    "WorkflowRun4Configuration",
    "decode_workflow_run4_configuration",
    "encode_workflow_run4_configuration",
]


WorkflowRun4Configuration = Union[
    WorkflowRunConfiguration41, WorkflowRunConfiguration42
]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_workflow_run4_configuration(data: Any) -> WorkflowRun4Configuration:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunConfiguration41.from_dict(data)
    if tag == "query":
        return WorkflowRunConfiguration42.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run4_configuration(value: WorkflowRun4Configuration) -> Any:
    return value.to_dict()
