"""components models: WorkflowRunOperator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_OPERATOR_VALUES",
    "WorkflowRunOperator",
    "decode_workflow_run_operator",
]


WorkflowRunOperator = Literal["eq", "ne", "gt", "gte", "lt", "lte"]


WORKFLOW_RUN_OPERATOR_VALUES = frozenset(("eq", "ne", "gt", "gte", "lt", "lte"))


def decode_workflow_run_operator(data: Any) -> WorkflowRunOperator:
    if data.__class__ is str and data in WORKFLOW_RUN_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_OPERATOR_VALUES)
