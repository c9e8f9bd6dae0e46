"""components models: WorkflowRunEvals3Evals7WorkflowRunEvals4Status"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS3_EVALS7_WORKFLOW_RUN_EVALS4_STATUS_VALUES",
    "WorkflowRunEvals3Evals7WorkflowRunEvals4Status",
    "decode_workflow_run_evals3_evals7_workflow_run_evals4_status",
]


WorkflowRunEvals3Evals7WorkflowRunEvals4Status = Literal[
    "pending", "completed", "failed"
]


WORKFLOW_RUN_EVALS3_EVALS7_WORKFLOW_RUN_EVALS4_STATUS_VALUES = frozenset(
    ("pending", "completed", "failed")
)


def decode_workflow_run_evals3_evals7_workflow_run_evals4_status(
    data: Any,
) -> WorkflowRunEvals3Evals7WorkflowRunEvals4Status:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_EVALS3_EVALS7_WORKFLOW_RUN_EVALS4_STATUS_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_EVALS3_EVALS7_WORKFLOW_RUN_EVALS4_STATUS_VALUES
    )
