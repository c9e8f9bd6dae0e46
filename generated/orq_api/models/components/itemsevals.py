"""components models: ItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevals1 import WorkflowRunQueryResponseEvals1
from .workflowrunqueryresponseevals2 import WorkflowRunQueryResponseEvals2
from .workflowrunqueryresponseevals3 import WorkflowRunQueryResponseEvals3
from .workflowrunqueryresponseevals4 import WorkflowRunQueryResponseEvals4
from .workflowrunqueryresponseevals5 import WorkflowRunQueryResponseEvals5
from .workflowrunqueryresponseevals6 import WorkflowRunQueryResponseEvals6
from .workflowrunqueryresponseevals7 import WorkflowRunQueryResponseEvals7

__all__ = ["ItemsEvals", "decode_items_evals", "encode_items_evals"]


ItemsEvals = Union[
    WorkflowRunQueryResponseEvals1,
    WorkflowRunQueryResponseEvals2,
    WorkflowRunQueryResponseEvals3,
    WorkflowRunQueryResponseEvals4,
    WorkflowRunQueryResponseEvals5,
    WorkflowRunQueryResponseEvals6,
    WorkflowRunQueryResponseEvals7,
]


def decode_items_evals(data: Any) -> ItemsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvals1.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvals2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvals3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvals4.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunQueryResponseEvals5.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunQueryResponseEvals6.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunQueryResponseEvals7.from_dict(data)
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


def encode_items_evals(value: ItemsEvals) -> Any:
    return value.to_dict()
