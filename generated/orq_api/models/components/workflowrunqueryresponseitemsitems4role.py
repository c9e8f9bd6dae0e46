"""components models: WorkflowRunQueryResponseItemsItems4Role"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ROLE_VALUES",
    "WorkflowRunQueryResponseItemsItems4Role",
    "decode_workflow_run_query_response_items_items4_role",
]


WorkflowRunQueryResponseItemsItems4Role = Literal[
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


WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ROLE_VALUES = frozenset(
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


def decode_workflow_run_query_response_items_items4_role(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4Role:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ROLE_VALUES)
