"""components models: WorkflowRunQueryResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .items4 import Items4
from .workflowrunqueryresponseitems1 import WorkflowRunQueryResponseItems1
from .workflowrunqueryresponseitems2 import WorkflowRunQueryResponseItems2
from .workflowrunqueryresponseitems3 import WorkflowRunQueryResponseItems3

WorkflowRunQueryResponseItems = Union[
    "WorkflowRunQueryResponseItems1",
    "WorkflowRunQueryResponseItems2",
    "WorkflowRunQueryResponseItems3",
    "Items4",
]
"""The schema for a workflow run"""


def decode_workflow_run_query_response_items(
    data: Any,
) -> WorkflowRunQueryResponseItems:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseItems1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseItems2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseItems3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Items4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items(
    value: WorkflowRunQueryResponseItems,
) -> Any:
    return value.to_dict()
