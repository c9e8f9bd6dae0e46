"""components models: WorkflowRun21Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN21_TYPE_VALUES",
    "WorkflowRun21Type",
    "decode_workflow_run21_type",
]


WorkflowRun21Type = Literal["text"]


WORKFLOW_RUN21_TYPE_VALUES = frozenset(("text",))


def decode_workflow_run21_type(data: Any) -> WorkflowRun21Type:
    if data.__class__ is str and data in WORKFLOW_RUN21_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN21_TYPE_VALUES)
