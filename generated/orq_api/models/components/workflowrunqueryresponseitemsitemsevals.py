"""components models: WorkflowRunQueryResponseItemsItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems31 import WorkflowRunQueryResponseEvalsItems31
from .workflowrunqueryresponseevalsitems32 import WorkflowRunQueryResponseEvalsItems32
from .workflowrunqueryresponseevalsitems33 import WorkflowRunQueryResponseEvalsItems33
from .workflowrunqueryresponseevalsitems34 import WorkflowRunQueryResponseEvalsItems34
from .workflowrunqueryresponseevalsitems35 import WorkflowRunQueryResponseEvalsItems35
from .workflowrunqueryresponseevalsitems36 import WorkflowRunQueryResponseEvalsItems36
from .workflowrunqueryresponseevalsitems37 import WorkflowRunQueryResponseEvalsItems37

__all__ = [
    "WorkflowRunQueryResponseItemsItemsEvals",
    "decode_workflow_run_query_response_items_items_evals",
    "encode_workflow_run_query_response_items_items_evals",
]


WorkflowRunQueryResponseItemsItemsEvals = Union[
    WorkflowRunQueryResponseEvalsItems31,
    WorkflowRunQueryResponseEvalsItems32,
    WorkflowRunQueryResponseEvalsItems33,
    WorkflowRunQueryResponseEvalsItems34,
    WorkflowRunQueryResponseEvalsItems35,
    WorkflowRunQueryResponseEvalsItems36,
    WorkflowRunQueryResponseEvalsItems37,
]


def decode_workflow_run_query_response_items_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems31.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems32.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems33.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems34.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunQueryResponseEvalsItems35.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunQueryResponseEvalsItems36.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunQueryResponseEvalsItems37.from_dict(data)
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


def encode_workflow_run_query_response_items_items_evals(
    value: WorkflowRunQueryResponseItemsItemsEvals,
) -> Any:
    return value.to_dict()
