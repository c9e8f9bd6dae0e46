"""components models: WorkflowRunConfiguration4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CONFIGURATION4_TYPE_VALUES",
    "WorkflowRunConfiguration4Type",
    "decode_workflow_run_configuration4_type",
]


WorkflowRunConfiguration4Type = Literal["last_user_message"]


WORKFLOW_RUN_CONFIGURATION4_TYPE_VALUES = frozenset(("last_user_message",))


def decode_workflow_run_configuration4_type(data: Any) -> WorkflowRunConfiguration4Type:
    if data.__class__ is str and data in WORKFLOW_RUN_CONFIGURATION4_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CONFIGURATION4_TYPE_VALUES)
