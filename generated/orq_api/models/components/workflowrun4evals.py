"""components models: WorkflowRun4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals41 import WorkflowRunEvals41
from .workflowrunevals42 import WorkflowRunEvals42
from .workflowrunevals43 import WorkflowRunEvals43
from .workflowrunevals44 import WorkflowRunEvals44
from .workflowrunevals45 import WorkflowRunEvals45
from .workflowrunevals46 import WorkflowRunEvals46
from .workflowrunevals47 import WorkflowRunEvals47

__all__ = [
    "WorkflowRun4Evals",
    "decode_workflow_run4_evals",
    "encode_workflow_run4_evals",
]


WorkflowRun4Evals = Union[
    WorkflowRunEvals41,
    WorkflowRunEvals42,
    WorkflowRunEvals43,
    WorkflowRunEvals44,
    WorkflowRunEvals45,
    WorkflowRunEvals46,
    WorkflowRunEvals47,
]
""""""


def decode_workflow_run4_evals(data: Any) -> WorkflowRun4Evals:
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
            return WorkflowRunEvals41.from_dict(data)
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
            return WorkflowRunEvals42.from_dict(data)
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
            return WorkflowRunEvals43.from_dict(data)
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
            return WorkflowRunEvals44.from_dict(data)
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
            return WorkflowRunEvals45.from_dict(data)
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
            return WorkflowRunEvals46.from_dict(data)
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
            return WorkflowRunEvals47.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals41.from_dict, data),
            _rt.error_of(WorkflowRunEvals42.from_dict, data),
            _rt.error_of(WorkflowRunEvals43.from_dict, data),
            _rt.error_of(WorkflowRunEvals44.from_dict, data),
            _rt.error_of(WorkflowRunEvals45.from_dict, data),
            _rt.error_of(WorkflowRunEvals46.from_dict, data),
            _rt.error_of(WorkflowRunEvals47.from_dict, data),
        ]
    )


def encode_workflow_run4_evals(value: WorkflowRun4Evals) -> Any:
    return value.to_dict()
