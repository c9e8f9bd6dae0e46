"""components models: WorkflowRun2Operator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN2_OPERATOR_VALUES",
    "WorkflowRun2Operator",
    "decode_workflow_run2_operator",
]


WorkflowRun2Operator = Literal["eq", "ne", "gt", "gte", "lt", "lte"]


WORKFLOW_RUN2_OPERATOR_VALUES = frozenset(("eq", "ne", "gt", "gte", "lt", "lte"))


def decode_workflow_run2_operator(data: Any) -> WorkflowRun2Operator:
    if data.__class__ is str and data in WORKFLOW_RUN2_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN2_OPERATOR_VALUES)
