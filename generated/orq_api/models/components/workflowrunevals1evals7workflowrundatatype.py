"""components models: WorkflowRunEvals1Evals7WorkflowRunDataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS1_EVALS7_WORKFLOW_RUN_DATA_TYPE_VALUES",
    "WorkflowRunEvals1Evals7WorkflowRunDataType",
    "decode_workflow_run_evals1_evals7_workflow_run_data_type",
]


WorkflowRunEvals1Evals7WorkflowRunDataType = Literal["function"]
"""The type of the tool. Currently, only `function` is supported."""


WORKFLOW_RUN_EVALS1_EVALS7_WORKFLOW_RUN_DATA_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run_evals1_evals7_workflow_run_data_type(
    data: Any,
) -> WorkflowRunEvals1Evals7WorkflowRunDataType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_EVALS1_EVALS7_WORKFLOW_RUN_DATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS1_EVALS7_WORKFLOW_RUN_DATA_TYPE_VALUES)
