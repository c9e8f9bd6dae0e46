"""components models: WorkflowRun23EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN23_EVALS_TYPE_VALUES",
    "WorkflowRun23EvalsType",
    "decode_workflow_run23_evals_type",
]


WorkflowRun23EvalsType = Literal["text"]


WORKFLOW_RUN23_EVALS_TYPE_VALUES = frozenset(("text",))


def decode_workflow_run23_evals_type(data: Any) -> WorkflowRun23EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN23_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN23_EVALS_TYPE_VALUES)
