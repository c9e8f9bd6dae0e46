"""components models: EvalsMessage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunmessage11 import WorkflowRunMessage11
from .workflowrunmessage12 import WorkflowRunMessage12
from .workflowrunmessage13 import WorkflowRunMessage13

EvalsMessage = Union[
    "WorkflowRunMessage11", "WorkflowRunMessage12", "WorkflowRunMessage13"
]
""""""


def decode_evals_message(data: Any) -> EvalsMessage:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunMessage11.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunMessage12.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunMessage13.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_evals_message(value: EvalsMessage) -> Any:
    return value.to_dict()
