"""components models: WorkflowRunEvals2Evals7WorkflowRunType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS2_EVALS7_WORKFLOW_RUN_TYPE_VALUES",
    "WorkflowRunEvals2Evals7WorkflowRunType",
    "decode_workflow_run_evals2_evals7_workflow_run_type",
]


WorkflowRunEvals2Evals7WorkflowRunType = Literal["evaluator"]


WORKFLOW_RUN_EVALS2_EVALS7_WORKFLOW_RUN_TYPE_VALUES = frozenset(("evaluator",))


def decode_workflow_run_evals2_evals7_workflow_run_type(
    data: Any,
) -> WorkflowRunEvals2Evals7WorkflowRunType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_EVALS2_EVALS7_WORKFLOW_RUN_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS2_EVALS7_WORKFLOW_RUN_TYPE_VALUES)
