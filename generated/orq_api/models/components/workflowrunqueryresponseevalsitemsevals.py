"""components models: WorkflowRunQueryResponseEvalsItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponseevalsitems21 import WorkflowRunQueryResponseEvalsItems21
from .workflowrunqueryresponseevalsitems22 import WorkflowRunQueryResponseEvalsItems22
from .workflowrunqueryresponseevalsitems23 import WorkflowRunQueryResponseEvalsItems23
from .workflowrunqueryresponseevalsitems24 import WorkflowRunQueryResponseEvalsItems24

WorkflowRunQueryResponseEvalsItemsEvals = Union[
    "WorkflowRunQueryResponseEvalsItems21",
    "WorkflowRunQueryResponseEvalsItems22",
    "WorkflowRunQueryResponseEvalsItems23",
    "WorkflowRunQueryResponseEvalsItems24",
]
""""""


def decode_workflow_run_query_response_evals_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsEvals:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseEvalsItems21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems23.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems24.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items_evals(
    value: WorkflowRunQueryResponseEvalsItemsEvals,
) -> Any:
    return value.to_dict()
