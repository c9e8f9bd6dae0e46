"""components models: WorkflowRunQueryResponseMessageItems3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS3_TYPE_VALUES",
    "WorkflowRunQueryResponseMessageItems3Type",
    "decode_workflow_run_query_response_message_items3_type",
]


WorkflowRunQueryResponseMessageItems3Type = Literal["function"]


WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS3_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run_query_response_message_items3_type(
    data: Any,
) -> WorkflowRunQueryResponseMessageItems3Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS3_TYPE_VALUES)
