"""components models: WorkflowRun24DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN24_DATA_TYPE_VALUES",
    "WorkflowRun24DataType",
    "decode_workflow_run24_data_type",
]


WorkflowRun24DataType = Literal["image_url"]


WORKFLOW_RUN24_DATA_TYPE_VALUES = frozenset(("image_url",))


def decode_workflow_run24_data_type(data: Any) -> WorkflowRun24DataType:
    if data.__class__ is str and data in WORKFLOW_RUN24_DATA_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN24_DATA_TYPE_VALUES)
