"""components models: WorkflowRunEvals3Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals3evals1 import WorkflowRunEvals3Evals1
from .workflowrunevals3evals2 import WorkflowRunEvals3Evals2
from .workflowrunevals3evals3 import WorkflowRunEvals3Evals3
from .workflowrunevals3evals4 import WorkflowRunEvals3Evals4

__all__ = [
    "WorkflowRunEvals3Evals",
    "decode_workflow_run_evals3_evals",
    "encode_workflow_run_evals3_evals",
]


WorkflowRunEvals3Evals = Union[
    WorkflowRunEvals3Evals1,
    WorkflowRunEvals3Evals2,
    WorkflowRunEvals3Evals3,
    WorkflowRunEvals3Evals4,
]


def decode_workflow_run_evals3_evals(data: Any) -> WorkflowRunEvals3Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals3Evals1.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals3Evals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals3Evals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals3Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals3_evals(value: WorkflowRunEvals3Evals) -> Any:
    return value.to_dict()
