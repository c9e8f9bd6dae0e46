"""components models: WorkflowRun3Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevals31 import WorkflowRunEvals31
from .workflowrunevals32 import WorkflowRunEvals32
from .workflowrunevals33 import WorkflowRunEvals33
from .workflowrunevals34 import WorkflowRunEvals34
from .workflowrunevals35 import WorkflowRunEvals35
from .workflowrunevals36 import WorkflowRunEvals36
from .workflowrunevals37 import WorkflowRunEvals37

__all__ = [
    "WorkflowRun3Evals",
    "decode_workflow_run3_evals",
    "encode_workflow_run3_evals",
]


WorkflowRun3Evals = Union[
    WorkflowRunEvals31,
    WorkflowRunEvals32,
    WorkflowRunEvals33,
    WorkflowRunEvals34,
    WorkflowRunEvals35,
    WorkflowRunEvals36,
    WorkflowRunEvals37,
]


def decode_workflow_run3_evals(data: Any) -> WorkflowRun3Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunEvals31.from_dict(data)
    if tag == "number":
        return WorkflowRunEvals32.from_dict(data)
    if tag == "boolean":
        return WorkflowRunEvals33.from_dict(data)
    if tag == "string_array":
        return WorkflowRunEvals34.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunEvals35.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunEvals36.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunEvals37.from_dict(data)
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


def encode_workflow_run3_evals(value: WorkflowRun3Evals) -> Any:
    return value.to_dict()
