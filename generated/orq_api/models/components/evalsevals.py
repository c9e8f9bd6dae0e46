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


def decode_evals_evals(data: Any) -> EvalsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals11.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals12.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals13.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals14.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("string", "number", "boolean", "string_array")).at(
        _rt.key_segment("type")
    )


def encode_evals_evals(value: EvalsEvals) -> Any:
    return value.to_dict()
