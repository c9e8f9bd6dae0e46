"""components models: WorkflowRunQueryResponseItemsItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponseevalsitems31 import WorkflowRunQueryResponseEvalsItems31
from .workflowrunqueryresponseevalsitems32 import WorkflowRunQueryResponseEvalsItems32
from .workflowrunqueryresponseevalsitems33 import WorkflowRunQueryResponseEvalsItems33
from .workflowrunqueryresponseevalsitems34 import WorkflowRunQueryResponseEvalsItems34
from .workflowrunqueryresponseevalsitems35 import WorkflowRunQueryResponseEvalsItems35
from .workflowrunqueryresponseevalsitems36 import WorkflowRunQueryResponseEvalsItems36
from .workflowrunqueryresponseevalsitems37 import WorkflowRunQueryResponseEvalsItems37

WorkflowRunQueryResponseItemsItemsEvals = Union[
    "WorkflowRunQueryResponseEvalsItems31",
    "WorkflowRunQueryResponseEvalsItems32",
    "WorkflowRunQueryResponseEvalsItems33",
    "WorkflowRunQueryResponseEvalsItems34",
    "WorkflowRunQueryResponseEvalsItems35",
    "WorkflowRunQueryResponseEvalsItems36",
    "WorkflowRunQueryResponseEvalsItems37",
]
""""""


def decode_workflow_run_query_response_items_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsEvals:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseEvalsItems31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems35.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems36.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems37.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_items_evals(
    value: WorkflowRunQueryResponseItemsItemsEvals,
) -> Any:
    return value.to_dict()
