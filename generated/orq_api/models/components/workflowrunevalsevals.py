"""components models: WorkflowRunEvalsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals21 import WorkflowRunEvals21
from .workflowrunevals22 import WorkflowRunEvals22
from .workflowrunevals23 import WorkflowRunEvals23
from .workflowrunevals24 import WorkflowRunEvals24

__all__ = [
    "WorkflowRunEvalsEvals",
    "decode_workflow_run_evals_evals",
    "encode_workflow_run_evals_evals",
]


WorkflowRunEvalsEvals = Union[
    WorkflowRunEvals21, WorkflowRunEvals22, WorkflowRunEvals23, WorkflowRunEvals24
]
""""""


def decode_workflow_run_evals_evals(data: Any) -> WorkflowRunEvalsEvals:
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
            return WorkflowRunEvals21.from_dict(data)
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
            return WorkflowRunEvals22.from_dict(data)
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
            return WorkflowRunEvals23.from_dict(data)
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
            return WorkflowRunEvals24.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals21.from_dict, data),
            _rt.error_of(WorkflowRunEvals22.from_dict, data),
            _rt.error_of(WorkflowRunEvals23.from_dict, data),
            _rt.error_of(WorkflowRunEvals24.from_dict, data),
        ]
    )


def encode_workflow_run_evals_evals(value: WorkflowRunEvalsEvals) -> Any:
    return value.to_dict()
