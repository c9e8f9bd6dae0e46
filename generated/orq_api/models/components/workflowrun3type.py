"""components models: WorkflowRun3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WORKFLOW_RUN3_TYPE_VALUES", "WorkflowRun3Type", "decode_workflow_run3_type"]


WorkflowRun3Type = Literal["function"]
"""The type of the tool. Currently, only `function` is supported."""


WORKFLOW_RUN3_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run3_type(data: Any) -> WorkflowRun3Type:
    if data.__class__ is str and data in WORKFLOW_RUN3_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_TYPE_VALUES)
