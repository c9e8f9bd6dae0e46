"""components models: WorkflowRunQueryResponseItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponseevalsitems1 import WorkflowRunQueryResponseEvalsItems1
from .workflowrunqueryresponseevalsitems2 import WorkflowRunQueryResponseEvalsItems2
from .workflowrunqueryresponseevalsitems3 import WorkflowRunQueryResponseEvalsItems3
from .workflowrunqueryresponseevalsitems4 import WorkflowRunQueryResponseEvalsItems4
from .workflowrunqueryresponseevalsitems5 import WorkflowRunQueryResponseEvalsItems5
from .workflowrunqueryresponseevalsitems6 import WorkflowRunQueryResponseEvalsItems6
from .workflowrunqueryresponseevalsitems7 import WorkflowRunQueryResponseEvalsItems7

WorkflowRunQueryResponseItemsEvals = Union[
    "WorkflowRunQueryResponseEvalsItems1",
    "WorkflowRunQueryResponseEvalsItems2",
    "WorkflowRunQueryResponseEvalsItems3",
    "WorkflowRunQueryResponseEvalsItems4",
    "WorkflowRunQueryResponseEvalsItems5",
    "WorkflowRunQueryResponseEvalsItems6",
    "WorkflowRunQueryResponseEvalsItems7",
]
""""""


def decode_workflow_run_query_response_items_evals(
    data: Any,
) -> WorkflowRunQueryResponseItemsEvals:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseEvalsItems1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems6.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvalsItems7.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_evals(
    value: WorkflowRunQueryResponseItemsEvals,
) -> Any:
    return value.to_dict()
