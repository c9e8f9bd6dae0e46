"""components models: WorkflowRunMessage1Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_MESSAGE1_TYPE_VALUES",
    "WorkflowRunMessage1Type",
    "decode_workflow_run_message1_type",
]


WorkflowRunMessage1Type = Literal["function"]


WORKFLOW_RUN_MESSAGE1_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run_message1_type(data: Any) -> WorkflowRunMessage1Type:
    if data.__class__ is str and data in WORKFLOW_RUN_MESSAGE1_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_MESSAGE1_TYPE_VALUES)
