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


def decode_workflow_run_evals_evals(data: Any) -> WorkflowRunEvalsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals21.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals22.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals23.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals_evals(value: WorkflowRunEvalsEvals) -> Any:
    return value.to_dict()
