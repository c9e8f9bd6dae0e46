"""components models: WorkflowRunQueryResponseResponseFormatItems3DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_DATA_TYPE_VALUES",
    "WorkflowRunQueryResponseResponseFormatItems3DataType",
    "decode_workflow_run_query_response_response_format_items3_data_type",
]


WorkflowRunQueryResponseResponseFormatItems3DataType = Literal["json_object"]


WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_DATA_TYPE_VALUES = frozenset(
    ("json_object",)
)


def decode_workflow_run_query_response_response_format_items3_data_type(
    data: Any,
) -> WorkflowRunQueryResponseResponseFormatItems3DataType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_DATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS3_DATA_TYPE_VALUES
    )
