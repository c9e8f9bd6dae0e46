"""components models: WorkflowRun3DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_DATA_TYPE_VALUES",
    "WorkflowRun3DataType",
    "decode_workflow_run3_data_type",
]


WorkflowRun3DataType = Literal["object"]


WORKFLOW_RUN3_DATA_TYPE_VALUES = frozenset(("object",))


def decode_workflow_run3_data_type(data: Any) -> WorkflowRun3DataType:
    if data.__class__ is str and data in WORKFLOW_RUN3_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_DATA_TYPE_VALUES)
