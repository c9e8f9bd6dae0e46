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


def decode_workflow_run4_evals(data: Any) -> WorkflowRun4Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals41.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals42.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals43.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals44.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunEvals45.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunEvals46.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunEvals47.from_dict(data)
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


def encode_workflow_run4_evals(value: WorkflowRun4Evals) -> Any:
    return value.to_dict()
