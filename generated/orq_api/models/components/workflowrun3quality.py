"""components models: WorkflowRun3Quality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_QUALITY_VALUES",
    "WorkflowRun3Quality",
    "decode_workflow_run3_quality",
]


WorkflowRun3Quality = Literal["standard", "hd"]
"""Only supported on `image` models."""


WORKFLOW_RUN3_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_workflow_run3_quality(data: Any) -> WorkflowRun3Quality:
    if data.__class__ is str and data in WORKFLOW_RUN3_QUALITY_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_QUALITY_VALUES)
