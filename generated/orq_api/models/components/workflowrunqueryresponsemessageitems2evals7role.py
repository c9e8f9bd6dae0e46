"""components models: WorkflowRunQueryResponseMessageItems2Evals7Role"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS7_ROLE_VALUES",
    "WorkflowRunQueryResponseMessageItems2Evals7Role",
    "decode_workflow_run_query_response_message_items2_evals7_role",
]


WorkflowRunQueryResponseMessageItems2Evals7Role = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS7_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_workflow_run_query_response_message_items2_evals7_role(
    data: Any,
) -> WorkflowRunQueryResponseMessageItems2Evals7Role:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS7_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_MESSAGE_ITEMS2_EVALS7_ROLE_VALUES
    )
