"""components models: WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_EVALS7_WORKFLOW_RUN_EVALS3_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3Type",
    "decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_type",
]


WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3Type = Literal["boolean"]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_EVALS7_WORKFLOW_RUN_EVALS3_TYPE_VALUES = (
    frozenset(("boolean",))
)


def decode_workflow_run_query_response_evals_items1_evals7_workflow_run_evals3_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals7WorkflowRunEvals3Type:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_EVALS7_WORKFLOW_RUN_EVALS3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_EVALS7_WORKFLOW_RUN_EVALS3_TYPE_VALUES,
    )
