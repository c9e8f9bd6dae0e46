"""components models: WorkflowRunEvals4EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS4_EVALS_TYPE_VALUES",
    "WorkflowRunEvals4EvalsType",
    "decode_workflow_run_evals4_evals_type",
]


WorkflowRunEvals4EvalsType = Literal["number"]


WORKFLOW_RUN_EVALS4_EVALS_TYPE_VALUES = frozenset(("number",))


def decode_workflow_run_evals4_evals_type(data: Any) -> WorkflowRunEvals4EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN_EVALS4_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS4_EVALS_TYPE_VALUES)
