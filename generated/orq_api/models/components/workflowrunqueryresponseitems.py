"""components models: WorkflowRunQueryResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .items4 import Items4
from .workflowrunqueryresponseitems1 import WorkflowRunQueryResponseItems1
from .workflowrunqueryresponseitems2 import WorkflowRunQueryResponseItems2
from .workflowrunqueryresponseitems3 import WorkflowRunQueryResponseItems3

__all__ = [
    "WorkflowRunQueryResponseItems",
    "decode_workflow_run_query_response_items",
    "encode_workflow_run_query_response_items",
]


WorkflowRunQueryResponseItems = Union[
    WorkflowRunQueryResponseItems1,
    WorkflowRunQueryResponseItems2,
    WorkflowRunQueryResponseItems3,
    Items4,
]
"""The schema for a workflow run"""


def decode_workflow_run_query_response_items(
    data: Any,
) -> WorkflowRunQueryResponseItems:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("product_type")
    if tag == "remoteconfigs":
        return WorkflowRunQueryResponseItems1.from_dict(data)
    if tag == "deployments":
        return WorkflowRunQueryResponseItems2.from_dict(data)
    if tag == "playgrounds":
        return WorkflowRunQueryResponseItems3.from_dict(data)
    if tag == "experiments":
        return Items4.from_dict(data)
    if tag is None and "product_type" not in data:
        raise _rt.missing("product_type")
    raise _rt.enum_error(
        tag, ("remoteconfigs", "deployments", "playgrounds", "experiments")
    ).at(_rt.key_segment("product_type"))


def encode_workflow_run_query_response_items(
    value: WorkflowRunQueryResponseItems,
) -> Any:
    return value.to_dict()
