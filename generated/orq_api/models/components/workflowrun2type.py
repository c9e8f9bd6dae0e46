"""components models: WorkflowRun2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WORKFLOW_RUN2_TYPE_VALUES", "WorkflowRun2Type", "decode_workflow_run2_type"]


WorkflowRun2Type = Literal["object"]


WORKFLOW_RUN2_TYPE_VALUES = frozenset(("object",))


def decode_workflow_run2_type(data: Any) -> WorkflowRun2Type:
    if data.__class__ is str and data in WORKFLOW_RUN2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN2_TYPE_VALUES)
