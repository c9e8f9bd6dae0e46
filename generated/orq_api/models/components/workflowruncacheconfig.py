"""components models: WorkflowRunCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowruncacheconfig1 import WorkflowRunCacheConfig1
from .workflowruncacheconfig2 import WorkflowRunCacheConfig2

__all__ = [
    "WorkflowRunCacheConfig",
    "decode_workflow_run_cache_config",
    "encode_workflow_run_cache_config",
]


WorkflowRunCacheConfig = Union[WorkflowRunCacheConfig1, WorkflowRunCacheConfig2]
""""""


def decode_workflow_run_cache_config(data: Any) -> WorkflowRunCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunCacheConfig1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return WorkflowRunCacheConfig2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunCacheConfig1.from_dict, data),
            _rt.error_of(WorkflowRunCacheConfig2.from_dict, data),
        ]
    )


def encode_workflow_run_cache_config(value: WorkflowRunCacheConfig) -> Any:
    return value.to_dict()
