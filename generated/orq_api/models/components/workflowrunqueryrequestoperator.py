"""components models: WorkflowRunQueryRequestOperator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES",
    "WorkflowRunQueryRequestOperator",
    "decode_workflow_run_query_request_operator",
]


WorkflowRunQueryRequestOperator = Literal["and", "or"]


WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES = frozenset(("and", "or"))


def decode_workflow_run_query_request_operator(
    data: Any,
) -> WorkflowRunQueryRequestOperator:
    if data.__class__ is str and data in WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_REQUEST_OPERATOR_VALUES)
