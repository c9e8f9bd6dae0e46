"""components models: WorkflowRunQueryRequestHideOperatorsQuery1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY1_VALUES",
    "WorkflowRunQueryRequestHideOperatorsQuery1",
    "decode_workflow_run_query_request_hide_operators_query1",
]


WorkflowRunQueryRequestHideOperatorsQuery1 = Literal[
    "is",
    "is_not",
    "contains",
    "does_not_contain",
    "starts_with",
    "ends_with",
    "is_empty",
    "is_not_empty",
]


WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY1_VALUES = frozenset(
    (
        "is",
        "is_not",
        "contains",
        "does_not_contain",
        "starts_with",
        "ends_with",
        "is_empty",
        "is_not_empty",
    )
)


def decode_workflow_run_query_request_hide_operators_query1(
    data: Any,
) -> WorkflowRunQueryRequestHideOperatorsQuery1:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY1_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_REQUEST_HIDE_OPERATORS_QUERY1_VALUES)
