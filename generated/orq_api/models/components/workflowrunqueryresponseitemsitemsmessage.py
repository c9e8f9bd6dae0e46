"""components models: WorkflowRunQueryResponseItemsItemsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponsemessageitems41 import (
    WorkflowRunQueryResponseMessageItems41,
)
from .workflowrunqueryresponsemessageitems42 import (
    WorkflowRunQueryResponseMessageItems42,
)
from .workflowrunqueryresponsemessageitems43 import (
    WorkflowRunQueryResponseMessageItems43,
)

WorkflowRunQueryResponseItemsItemsMessage = Union[
    "WorkflowRunQueryResponseMessageItems41",
    "WorkflowRunQueryResponseMessageItems42",
    "WorkflowRunQueryResponseMessageItems43",
]
""""""


def decode_workflow_run_query_response_items_items_message(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsMessage:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseMessageItems41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseMessageItems42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseMessageItems43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_items_message(
    value: WorkflowRunQueryResponseItemsItemsMessage,
) -> Any:
    return value.to_dict()
