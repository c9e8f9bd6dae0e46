"""components models: WorkflowRunMessage2DataRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_MESSAGE2_DATA_ROLE_VALUES",
    "WorkflowRunMessage2DataRole",
    "decode_workflow_run_message2_data_role",
]


WorkflowRunMessage2DataRole = Literal[
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


WORKFLOW_RUN_MESSAGE2_DATA_ROLE_VALUES = frozenset(
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


def decode_workflow_run_message2_data_role(data: Any) -> WorkflowRunMessage2DataRole:
    if data.__class__ is str and data in WORKFLOW_RUN_MESSAGE2_DATA_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_MESSAGE2_DATA_ROLE_VALUES)
