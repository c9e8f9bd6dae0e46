"""components models: WorkflowRunCacheStatus"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CACHE_STATUS_VALUES",
    "WorkflowRunCacheStatus",
    "decode_workflow_run_cache_status",
]


WorkflowRunCacheStatus = Literal["HIT", "MISS"]


WORKFLOW_RUN_CACHE_STATUS_VALUES = frozenset(("HIT", "MISS"))


def decode_workflow_run_cache_status(data: Any) -> WorkflowRunCacheStatus:
    if data.__class__ is str and data in WORKFLOW_RUN_CACHE_STATUS_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CACHE_STATUS_VALUES)
