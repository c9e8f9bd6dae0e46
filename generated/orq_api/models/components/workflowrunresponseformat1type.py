"""components models: WorkflowRunResponseFormat1Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RESPONSE_FORMAT1_TYPE_VALUES",
    "WorkflowRunResponseFormat1Type",
    "decode_workflow_run_response_format1_type",
]


WorkflowRunResponseFormat1Type = Literal["json_schema"]


WORKFLOW_RUN_RESPONSE_FORMAT1_TYPE_VALUES = frozenset(("json_schema",))


def decode_workflow_run_response_format1_type(
    data: Any,
) -> WorkflowRunResponseFormat1Type:
    if data.__class__ is str and data in WORKFLOW_RUN_RESPONSE_FORMAT1_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_RESPONSE_FORMAT1_TYPE_VALUES)
