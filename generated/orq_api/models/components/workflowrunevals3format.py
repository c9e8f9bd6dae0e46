"""components models: WorkflowRunEvals3Format"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS3_FORMAT_VALUES",
    "WorkflowRunEvals3Format",
    "decode_workflow_run_evals3_format",
]


WorkflowRunEvals3Format = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


WORKFLOW_RUN_EVALS3_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_workflow_run_evals3_format(data: Any) -> WorkflowRunEvals3Format:
    if data.__class__ is str and data in WORKFLOW_RUN_EVALS3_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS3_FORMAT_VALUES)
