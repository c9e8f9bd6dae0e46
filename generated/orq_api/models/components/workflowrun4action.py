"""components models: WorkflowRun4Action"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN4_ACTION_VALUES",
    "WorkflowRun4Action",
    "decode_workflow_run4_action",
]


WorkflowRun4Action = Literal["invoke"]


WORKFLOW_RUN4_ACTION_VALUES = frozenset(("invoke",))


def decode_workflow_run4_action(data: Any) -> WorkflowRun4Action:
    if data.__class__ is str and data in WORKFLOW_RUN4_ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN4_ACTION_VALUES)
