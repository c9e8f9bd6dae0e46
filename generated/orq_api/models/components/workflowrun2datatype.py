"""components models: WorkflowRun2DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN2_DATA_TYPE_VALUES",
    "WorkflowRun2DataType",
    "decode_workflow_run2_data_type",
]


WorkflowRun2DataType = Literal["function"]


WORKFLOW_RUN2_DATA_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run2_data_type(data: Any) -> WorkflowRun2DataType:
    if data.__class__ is str and data in WORKFLOW_RUN2_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN2_DATA_TYPE_VALUES)
