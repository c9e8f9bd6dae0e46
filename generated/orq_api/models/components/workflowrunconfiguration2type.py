"""components models: WorkflowRunConfiguration2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CONFIGURATION2_TYPE_VALUES",
    "WorkflowRunConfiguration2Type",
    "decode_workflow_run_configuration2_type",
]


WorkflowRunConfiguration2Type = Literal["query"]


WORKFLOW_RUN_CONFIGURATION2_TYPE_VALUES = frozenset(("query",))


def decode_workflow_run_configuration2_type(data: Any) -> WorkflowRunConfiguration2Type:
    if data.__class__ is str and data in WORKFLOW_RUN_CONFIGURATION2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CONFIGURATION2_TYPE_VALUES)
