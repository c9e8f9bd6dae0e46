"""components models: WorkflowRunEvals4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals4evals1 import WorkflowRunEvals4Evals1
from .workflowrunevals4evals2 import WorkflowRunEvals4Evals2
from .workflowrunevals4evals3 import WorkflowRunEvals4Evals3
from .workflowrunevals4evals4 import WorkflowRunEvals4Evals4

__all__ = [
    "WorkflowRunEvals4Evals",
    "decode_workflow_run_evals4_evals",
    "encode_workflow_run_evals4_evals",
]


WorkflowRunEvals4Evals = Union[
    WorkflowRunEvals4Evals1,
    WorkflowRunEvals4Evals2,
    WorkflowRunEvals4Evals3,
    WorkflowRunEvals4Evals4,
]
""""""


def decode_workflow_run_evals4_evals(data: Any) -> WorkflowRunEvals4Evals:
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
            return WorkflowRunEvals4Evals1.from_dict(data)
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
            return WorkflowRunEvals4Evals2.from_dict(data)
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
            return WorkflowRunEvals4Evals3.from_dict(data)
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
            return WorkflowRunEvals4Evals4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals4Evals1.from_dict, data),
            _rt.error_of(WorkflowRunEvals4Evals2.from_dict, data),
            _rt.error_of(WorkflowRunEvals4Evals3.from_dict, data),
            _rt.error_of(WorkflowRunEvals4Evals4.from_dict, data),
        ]
    )


def encode_workflow_run_evals4_evals(value: WorkflowRunEvals4Evals) -> Any:
    return value.to_dict()
