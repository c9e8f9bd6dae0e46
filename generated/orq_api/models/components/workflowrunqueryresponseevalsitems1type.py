"""components models: WorkflowRunQueryResponseEvalsItems1Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItems1Type",
    "decode_workflow_run_query_response_evals_items1_type",
]


WorkflowRunQueryResponseEvalsItems1Type = Literal["boolean"]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_TYPE_VALUES = frozenset(("boolean",))


def decode_workflow_run_query_response_evals_items1_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS1_TYPE_VALUES)
