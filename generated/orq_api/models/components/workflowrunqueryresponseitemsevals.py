"""components models: WorkflowRunQueryResponseItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems1 import WorkflowRunQueryResponseEvalsItems1
from .workflowrunqueryresponseevalsitems2 import WorkflowRunQueryResponseEvalsItems2
from .workflowrunqueryresponseevalsitems3 import WorkflowRunQueryResponseEvalsItems3
from .workflowrunqueryresponseevalsitems4 import WorkflowRunQueryResponseEvalsItems4
from .workflowrunqueryresponseevalsitems5 import WorkflowRunQueryResponseEvalsItems5
from .workflowrunqueryresponseevalsitems6 import WorkflowRunQueryResponseEvalsItems6
from .workflowrunqueryresponseevalsitems7 import WorkflowRunQueryResponseEvalsItems7

__all__ = [
    "WorkflowRunQueryResponseItemsEvals",
    "decode_workflow_run_query_response_items_evals",
    "encode_workflow_run_query_response_items_evals",
]


WorkflowRunQueryResponseItemsEvals = Union[
    WorkflowRunQueryResponseEvalsItems1,
    WorkflowRunQueryResponseEvalsItems2,
    WorkflowRunQueryResponseEvalsItems3,
    WorkflowRunQueryResponseEvalsItems4,
    WorkflowRunQueryResponseEvalsItems5,
    WorkflowRunQueryResponseEvalsItems6,
    WorkflowRunQueryResponseEvalsItems7,
]


def decode_workflow_run_query_response_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsEvals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return WorkflowRunQueryResponseEvalsItems1.from_dict(data)
    if tag == "number":
        return WorkflowRunQueryResponseEvalsItems2.from_dict(data)
    if tag == "boolean":
        return WorkflowRunQueryResponseEvalsItems3.from_dict(data)
    if tag == "string_array":
        return WorkflowRunQueryResponseEvalsItems4.from_dict(data)
    if tag == "rouge_n":
        return WorkflowRunQueryResponseEvalsItems5.from_dict(data)
    if tag == "bert_score":
        return WorkflowRunQueryResponseEvalsItems6.from_dict(data)
    if tag == "llm_eval":
        return WorkflowRunQueryResponseEvalsItems7.from_dict(data)
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


def encode_workflow_run_query_response_items_evals(
    value: WorkflowRunQueryResponseItemsEvals,
) -> Any:
    return value.to_dict()
