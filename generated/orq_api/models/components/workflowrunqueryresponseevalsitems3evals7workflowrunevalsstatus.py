"""components models: WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsStatus"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS_STATUS_VALUES",
    "WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsStatus",
    "decode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_status",
]


WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsStatus = Literal[
    "pending", "completed", "failed"
]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS_STATUS_VALUES = (
    frozenset(("pending", "completed", "failed"))
)


def decode_workflow_run_query_response_evals_items3_evals7_workflow_run_evals_status(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunEvalsStatus:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS_STATUS_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS_STATUS_VALUES,
    )
