"""components models: WorkflowRun3Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals31 import WorkflowRunEvals31
from .workflowrunevals32 import WorkflowRunEvals32
from .workflowrunevals33 import WorkflowRunEvals33
from .workflowrunevals34 import WorkflowRunEvals34
from .workflowrunevals35 import WorkflowRunEvals35
from .workflowrunevals36 import WorkflowRunEvals36
from .workflowrunevals37 import WorkflowRunEvals37

__all__ = [
    "WorkflowRun3Evals",
    "decode_workflow_run3_evals",
    "encode_workflow_run3_evals",
]


WorkflowRun3Evals = Union[
    WorkflowRunEvals31,
    WorkflowRunEvals32,
    WorkflowRunEvals33,
    WorkflowRunEvals34,
    WorkflowRunEvals35,
    WorkflowRunEvals36,
    WorkflowRunEvals37,
]
""""""


def decode_workflow_run3_evals(data: Any) -> WorkflowRun3Evals:
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
            return WorkflowRunEvals31.from_dict(data)
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
            return WorkflowRunEvals32.from_dict(data)
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
            return WorkflowRunEvals33.from_dict(data)
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
            return WorkflowRunEvals34.from_dict(data)
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
            return WorkflowRunEvals35.from_dict(data)
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
            return WorkflowRunEvals36.from_dict(data)
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
            return WorkflowRunEvals37.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals31.from_dict, data),
            _rt.error_of(WorkflowRunEvals32.from_dict, data),
            _rt.error_of(WorkflowRunEvals33.from_dict, data),
            _rt.error_of(WorkflowRunEvals34.from_dict, data),
            _rt.error_of(WorkflowRunEvals35.from_dict, data),
            _rt.error_of(WorkflowRunEvals36.from_dict, data),
            _rt.error_of(WorkflowRunEvals37.from_dict, data),
        ]
    )


def encode_workflow_run3_evals(value: WorkflowRun3Evals) -> Any:
    return value.to_dict()
