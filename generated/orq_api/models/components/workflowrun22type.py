"""components models: WorkflowRun22Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN22_TYPE_VALUES",
    "WorkflowRun22Type",
    "decode_workflow_run22_type",
]


WorkflowRun22Type = Literal["text"]


WORKFLOW_RUN22_TYPE_VALUES = frozenset(("text",))


def decode_workflow_run22_type(data: Any) -> WorkflowRun22Type:
    if data.__class__ is str and data in WORKFLOW_RUN22_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN22_TYPE_VALUES)
