"""components models: WorkflowRunAction"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_ACTION_VALUES",
    "WorkflowRunAction",
    "decode_workflow_run_action",
]


WorkflowRunAction = Literal["get_config", "simulate"]


WORKFLOW_RUN_ACTION_VALUES = frozenset(("get_config", "simulate"))


def decode_workflow_run_action(data: Any) -> WorkflowRunAction:
    if data.__class__ is str and data in WORKFLOW_RUN_ACTION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_ACTION_VALUES)
