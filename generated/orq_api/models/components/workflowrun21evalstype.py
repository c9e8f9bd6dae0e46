"""components models: WorkflowRun21EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN21_EVALS_TYPE_VALUES",
    "WorkflowRun21EvalsType",
    "decode_workflow_run21_evals_type",
]


WorkflowRun21EvalsType = Literal["image_url"]


WORKFLOW_RUN21_EVALS_TYPE_VALUES = frozenset(("image_url",))


def decode_workflow_run21_evals_type(data: Any) -> WorkflowRun21EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN21_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN21_EVALS_TYPE_VALUES)
