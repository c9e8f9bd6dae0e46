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
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunConfiguration1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunConfiguration2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunConfiguration1.from_dict, data),
            _rt.error_of(WorkflowRunConfiguration2.from_dict, data),
        ]
    )


def encode_workflow_run_configuration(value: WorkflowRunConfiguration) -> Any:
    return value.to_dict()
