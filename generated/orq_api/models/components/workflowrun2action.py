"""components models: WorkflowRun2Action"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN2_ACTION_VALUES",
    "WorkflowRun2Action",
    "decode_workflow_run2_action",
]


WorkflowRun2Action = Literal["get_config", "invoke", "simulate"]


WORKFLOW_RUN2_ACTION_VALUES = frozenset(("get_config", "invoke", "simulate"))


def decode_workflow_run2_action(data: Any) -> WorkflowRun2Action:
    if data.__class__ is str and data in WORKFLOW_RUN2_ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN2_ACTION_VALUES)
