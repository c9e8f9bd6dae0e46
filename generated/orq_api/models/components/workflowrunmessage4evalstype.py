"""components models: WorkflowRunMessage4EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_MESSAGE4_EVALS_TYPE_VALUES",
    "WorkflowRunMessage4EvalsType",
    "decode_workflow_run_message4_evals_type",
]


WorkflowRunMessage4EvalsType = Literal["function"]


WORKFLOW_RUN_MESSAGE4_EVALS_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run_message4_evals_type(data: Any) -> WorkflowRunMessage4EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN_MESSAGE4_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_MESSAGE4_EVALS_TYPE_VALUES)
