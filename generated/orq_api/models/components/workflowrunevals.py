"""components models: WorkflowRunEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals1 import WorkflowRunEvals1
from .workflowrunevals2 import WorkflowRunEvals2
from .workflowrunevals3 import WorkflowRunEvals3
from .workflowrunevals4 import WorkflowRunEvals4
from .workflowrunevals5 import WorkflowRunEvals5
from .workflowrunevals6 import WorkflowRunEvals6
from .workflowrunevals7 import WorkflowRunEvals7

__all__ = ["WorkflowRunEvals", "decode_workflow_run_evals", "encode_workflow_run_evals"]


WorkflowRunEvals = Union[
    WorkflowRunEvals1,
    WorkflowRunEvals2,
    WorkflowRunEvals3,
    WorkflowRunEvals4,
    WorkflowRunEvals5,
    WorkflowRunEvals6,
    WorkflowRunEvals7,
]


def decode_workflow_run_evals(data: Any) -> WorkflowRunEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals1.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals4.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunEvals5.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunEvals6.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunEvals7.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "string",
            "number",
            "boolean",
            "string_array",
            "rouge_n",
            "bert_score",
            "llm_eval",
        ),
    ).at(_rt.key_segment("type"))


def encode_workflow_run_evals(value: WorkflowRunEvals) -> Any:
    return value.to_dict()
