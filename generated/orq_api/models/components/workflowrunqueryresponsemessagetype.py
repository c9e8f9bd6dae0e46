"""components models: WorkflowRunQueryResponseMessageType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_TYPE_VALUES",
    "WorkflowRunQueryResponseMessageType",
    "decode_workflow_run_query_response_message_type",
]


WorkflowRunQueryResponseMessageType = Literal["function"]


WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run_query_response_message_type(
    data: Any,
) -> WorkflowRunQueryResponseMessageType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_TYPE_VALUES)
