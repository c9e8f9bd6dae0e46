"""components models: WorkflowRunResponseFormat4DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RESPONSE_FORMAT4_DATA_TYPE_VALUES",
    "WorkflowRunResponseFormat4DataType",
    "decode_workflow_run_response_format4_data_type",
]


WorkflowRunResponseFormat4DataType = Literal["json_object"]


WORKFLOW_RUN_RESPONSE_FORMAT4_DATA_TYPE_VALUES = frozenset(("json_object",))


def decode_workflow_run_response_format4_data_type(
    data: Any,
) -> WorkflowRunResponseFormat4DataType:
    if data.__class__ is str and data in WORKFLOW_RUN_RESPONSE_FORMAT4_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_RESPONSE_FORMAT4_DATA_TYPE_VALUES)
