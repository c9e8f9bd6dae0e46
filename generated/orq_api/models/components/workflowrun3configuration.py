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
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunConfiguration31.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunConfiguration32.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunConfiguration31.from_dict, data),
            _rt.error_of(WorkflowRunConfiguration32.from_dict, data),
        ]
    )


def encode_workflow_run3_configuration(value: WorkflowRun3Configuration) -> Any:
    return value.to_dict()
