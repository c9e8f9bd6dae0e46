"""components models: WorkflowRunQueryResponseItemsItems4Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponseevalsitems41 import WorkflowRunQueryResponseEvalsItems41
from .workflowrunqueryresponseevalsitems42 import WorkflowRunQueryResponseEvalsItems42
from .workflowrunqueryresponseevalsitems43 import WorkflowRunQueryResponseEvalsItems43
from .workflowrunqueryresponseevalsitems44 import WorkflowRunQueryResponseEvalsItems44
from .workflowrunqueryresponseevalsitems45 import WorkflowRunQueryResponseEvalsItems45
from .workflowrunqueryresponseevalsitems46 import WorkflowRunQueryResponseEvalsItems46
from .workflowrunqueryresponseevalsitems47 import WorkflowRunQueryResponseEvalsItems47

WorkflowRunQueryResponseItemsItems4Evals = Union[
    "WorkflowRunQueryResponseEvalsItems41",
    "WorkflowRunQueryResponseEvalsItems42",
    "WorkflowRunQueryResponseEvalsItems43",
    "WorkflowRunQueryResponseEvalsItems44",
    "WorkflowRunQueryResponseEvalsItems45",
    "WorkflowRunQueryResponseEvalsItems46",
    "WorkflowRunQueryResponseEvalsItems47",
]
""""""


def decode_workflow_run_query_response_items_items4_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4Evals:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseEvalsItems41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems44.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems45.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems46.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems47.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_items4_evals(
    value: WorkflowRunQueryResponseItemsItems4Evals,
) -> Any:
    return value.to_dict()
