"""components models: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvalsType",
    "decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals_type",
]


WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvalsType = Literal["string"]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES = (
    frozenset(("string",))
)


def decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvalsType:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS7_WORKFLOW_RUN_EVALS_TYPE_VALUES,
    )
