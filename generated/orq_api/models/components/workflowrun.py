"""components models: WorkflowRun"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun1 import WorkflowRun1
from .workflowrun2 import WorkflowRun2
from .workflowrun3 import WorkflowRun3
from .workflowrun4 import WorkflowRun4

__all__ = ["WorkflowRun", "decode_workflow_run", "encode_workflow_run"]


WorkflowRun = Union[WorkflowRun1, WorkflowRun2, WorkflowRun3, WorkflowRun4]
"""The schema for a workflow run"""


def decode_workflow_run(data: Any) -> WorkflowRun:
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRun1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRun2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRun3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "workspace_id" in data
        and "started_at" in data
        and "evals" in data
        and "product_type" in data
        and "related_entities" in data
        and "data" in data
    ):
        try:
            return WorkflowRun4.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRun1.from_dict, data),
            _rt.error_of(WorkflowRun2.from_dict, data),
            _rt.error_of(WorkflowRun3.from_dict, data),
            _rt.error_of(WorkflowRun4.from_dict, data),
        ]
    )


def encode_workflow_run(value: WorkflowRun) -> Any:
    return value.to_dict()
