"""components models: EvalsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals11 import WorkflowRunEvals11
from .workflowrunevals12 import WorkflowRunEvals12
from .workflowrunevals13 import WorkflowRunEvals13
from .workflowrunevals14 import WorkflowRunEvals14

__all__ = ["EvalsEvals", "decode_evals_evals", "encode_evals_evals"]


EvalsEvals = Union[
    WorkflowRunEvals11, WorkflowRunEvals12, WorkflowRunEvals13, WorkflowRunEvals14
]
""""""


def decode_evals_evals(data: Any) -> EvalsEvals:
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
            return WorkflowRunEvals11.from_dict(data)
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
            return WorkflowRunEvals12.from_dict(data)
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
            return WorkflowRunEvals13.from_dict(data)
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
            return WorkflowRunEvals14.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunEvals11.from_dict, data),
            _rt.error_of(WorkflowRunEvals12.from_dict, data),
            _rt.error_of(WorkflowRunEvals13.from_dict, data),
            _rt.error_of(WorkflowRunEvals14.from_dict, data),
        ]
    )


def encode_evals_evals(value: EvalsEvals) -> Any:
    return value.to_dict()
