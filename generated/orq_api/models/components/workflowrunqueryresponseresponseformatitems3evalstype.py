"""components models: WorkflowRunQueryResponseResponseFormatItems3EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_EVALS_TYPE_VALUES",
    "WorkflowRunQueryResponseResponseFormatItems3EvalsType",
    "decode_workflow_run_query_response_response_format_items3_evals_type",
]


WorkflowRunQueryResponseResponseFormatItems3EvalsType = Literal["json_schema"]


WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_EVALS_TYPE_VALUES = frozenset(
    ("json_schema",)
)


def decode_workflow_run_query_response_response_format_items3_evals_type(
    data: Any,
) -> WorkflowRunQueryResponseResponseFormatItems3EvalsType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_EVALS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_EVALS_TYPE_VALUES
    )
