"""components models: WorkflowRun22EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN22_EVALS_TYPE_VALUES",
    "WorkflowRun22EvalsType",
    "decode_workflow_run22_evals_type",
]


WorkflowRun22EvalsType = Literal["text"]


WORKFLOW_RUN22_EVALS_TYPE_VALUES = frozenset(("text",))


def decode_workflow_run22_evals_type(data: Any) -> WorkflowRun22EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN22_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN22_EVALS_TYPE_VALUES)
