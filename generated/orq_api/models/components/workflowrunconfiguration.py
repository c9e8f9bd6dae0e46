"""components models: WorkflowRunConfiguration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunconfiguration1 import WorkflowRunConfiguration1
from .workflowrunconfiguration2 import WorkflowRunConfiguration2

__all__ = [
    "WorkflowRunConfiguration",
    "decode_workflow_run_configuration",
    "encode_workflow_run_configuration",
]


WorkflowRunConfiguration = Union[WorkflowRunConfiguration1, WorkflowRunConfiguration2]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_workflow_run_configuration(data: Any) -> WorkflowRunConfiguration:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunConfiguration1.from_dict(data)
    if tag == "query":
        return WorkflowRunConfiguration2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_configuration(value: WorkflowRunConfiguration) -> Any:
    return value.to_dict()
