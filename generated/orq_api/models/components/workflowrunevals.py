"""components models: WorkflowRunEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals1 import WorkflowRunEvals1
from .workflowrunevals2 import WorkflowRunEvals2
from .workflowrunevals3 import WorkflowRunEvals3
from .workflowrunevals4 import WorkflowRunEvals4
from .workflowrunevals5 import WorkflowRunEvals5
from .workflowrunevals6 import WorkflowRunEvals6
from .workflowrunevals7 import WorkflowRunEvals7

__all__ = ["WorkflowRunEvals", "decode_workflow_run_evals", "encode_workflow_run_evals"]


WorkflowRunEvals = Union[
    WorkflowRunEvals1,
    WorkflowRunEvals2,
    WorkflowRunEvals3,
    WorkflowRunEvals4,
    WorkflowRunEvals5,
    WorkflowRunEvals6,
    WorkflowRunEvals7,
]
""""""


def decode_workflow_run_evals(data: Any) -> WorkflowRunEvals:
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "values" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals4.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals5.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals6.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "workflow_run" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunEvals7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals1.from_dict, data),
            _rt.error_of(WorkflowRunEvals2.from_dict, data),
            _rt.error_of(WorkflowRunEvals3.from_dict, data),
            _rt.error_of(WorkflowRunEvals4.from_dict, data),
            _rt.error_of(WorkflowRunEvals5.from_dict, data),
            _rt.error_of(WorkflowRunEvals6.from_dict, data),
            _rt.error_of(WorkflowRunEvals7.from_dict, data),
        ]
    )


def encode_workflow_run_evals(value: WorkflowRunEvals) -> Any:
    return value.to_dict()
