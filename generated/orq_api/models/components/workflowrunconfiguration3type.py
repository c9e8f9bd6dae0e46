"""components models: WorkflowRunConfiguration3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CONFIGURATION3_TYPE_VALUES",
    "WorkflowRunConfiguration3Type",
    "decode_workflow_run_configuration3_type",
]


WorkflowRunConfiguration3Type = Literal["last_user_message"]


WORKFLOW_RUN_CONFIGURATION3_TYPE_VALUES = frozenset(("last_user_message",))


def decode_workflow_run_configuration3_type(data: Any) -> WorkflowRunConfiguration3Type:
    if data.__class__ is str and data in WORKFLOW_RUN_CONFIGURATION3_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CONFIGURATION3_TYPE_VALUES)
