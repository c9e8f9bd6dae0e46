"""components models: WorkflowRunEvals1EvalsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS1_EVALS_TYPE_VALUES",
    "WorkflowRunEvals1EvalsType",
    "decode_workflow_run_evals1_evals_type",
]


WorkflowRunEvals1EvalsType = Literal["string_array"]


WORKFLOW_RUN_EVALS1_EVALS_TYPE_VALUES = frozenset(("string_array",))


def decode_workflow_run_evals1_evals_type(data: Any) -> WorkflowRunEvals1EvalsType:
    if data.__class__ is str and data in WORKFLOW_RUN_EVALS1_EVALS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS1_EVALS_TYPE_VALUES)
