"""components models: WorkflowRunQueryResponseItemsItems4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems41 import WorkflowRunQueryResponseEvalsItems41
from .workflowrunqueryresponseevalsitems42 import WorkflowRunQueryResponseEvalsItems42
from .workflowrunqueryresponseevalsitems43 import WorkflowRunQueryResponseEvalsItems43
from .workflowrunqueryresponseevalsitems44 import WorkflowRunQueryResponseEvalsItems44
from .workflowrunqueryresponseevalsitems45 import WorkflowRunQueryResponseEvalsItems45
from .workflowrunqueryresponseevalsitems46 import WorkflowRunQueryResponseEvalsItems46
from .workflowrunqueryresponseevalsitems47 import WorkflowRunQueryResponseEvalsItems47

__all__ = [
    "WorkflowRunQueryResponseItemsItems4Evals",
    "decode_workflow_run_query_response_items_items4_evals",
    "encode_workflow_run_query_response_items_items4_evals",
]


WorkflowRunQueryResponseItemsItems4Evals = Union[
    WorkflowRunQueryResponseEvalsItems41,
    WorkflowRunQueryResponseEvalsItems42,
    WorkflowRunQueryResponseEvalsItems43,
    WorkflowRunQueryResponseEvalsItems44,
    WorkflowRunQueryResponseEvalsItems45,
    WorkflowRunQueryResponseEvalsItems46,
    WorkflowRunQueryResponseEvalsItems47,
]


def decode_workflow_run_query_response_items_items4_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems41.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems42.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems43.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems44.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunQueryResponseEvalsItems45.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunQueryResponseEvalsItems46.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunQueryResponseEvalsItems47.from_dict(data)
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


def encode_workflow_run_query_response_items_items4_evals(
    value: WorkflowRunQueryResponseItemsItems4Evals,
) -> Any:
    return value.to_dict()
