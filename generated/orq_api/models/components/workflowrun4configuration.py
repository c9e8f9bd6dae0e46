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
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunConfiguration41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunConfiguration42.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunConfiguration41.from_dict, data),
            _rt.error_of(WorkflowRunConfiguration42.from_dict, data),
        ]
    )


def encode_workflow_run4_configuration(value: WorkflowRun4Configuration) -> Any:
    return value.to_dict()
