"""components models: ItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponseevals1 import WorkflowRunQueryResponseEvals1
from .workflowrunqueryresponseevals2 import WorkflowRunQueryResponseEvals2
from .workflowrunqueryresponseevals3 import WorkflowRunQueryResponseEvals3
from .workflowrunqueryresponseevals4 import WorkflowRunQueryResponseEvals4
from .workflowrunqueryresponseevals5 import WorkflowRunQueryResponseEvals5
from .workflowrunqueryresponseevals6 import WorkflowRunQueryResponseEvals6
from .workflowrunqueryresponseevals7 import WorkflowRunQueryResponseEvals7

ItemsEvals = Union[
    "WorkflowRunQueryResponseEvals1",
    "WorkflowRunQueryResponseEvals2",
    "WorkflowRunQueryResponseEvals3",
    "WorkflowRunQueryResponseEvals4",
    "WorkflowRunQueryResponseEvals5",
    "WorkflowRunQueryResponseEvals6",
    "WorkflowRunQueryResponseEvals7",
]
""""""


def decode_items_evals(data: Any) -> ItemsEvals:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseEvals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals6.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseEvals7.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_items_evals(value: ItemsEvals) -> Any:
    return value.to_dict()
