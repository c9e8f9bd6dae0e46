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


def decode_workflow_run_evals4_evals(data: Any) -> WorkflowRunEvals4Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals4Evals1.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals4Evals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals4Evals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals4Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals(value: WorkflowRunEvals4Evals) -> Any:
    return value.to_dict()
