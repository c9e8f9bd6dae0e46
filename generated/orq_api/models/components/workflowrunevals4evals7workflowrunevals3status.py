"""components models: WorkflowRunEvals4Evals7WorkflowRunEvals3Status"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS3_STATUS_VALUES",
    "WorkflowRunEvals4Evals7WorkflowRunEvals3Status",
    "decode_workflow_run_evals4_evals7_workflow_run_evals3_status",
]


WorkflowRunEvals4Evals7WorkflowRunEvals3Status = Literal[
    "pending", "completed", "failed"
]


WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS3_STATUS_VALUES = frozenset(
    ("pending", "completed", "failed")
)


def decode_workflow_run_evals4_evals7_workflow_run_evals3_status(
    data: Any,
) -> WorkflowRunEvals4Evals7WorkflowRunEvals3Status:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS3_STATUS_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_EVALS4_EVALS7_WORKFLOW_RUN_EVALS3_STATUS_VALUES
    )
