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


def decode_workflow_run_cache_config(data: Any) -> WorkflowRunCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunCacheConfig1.from_dict(data)
    if tag == "semantic":
        return WorkflowRunCacheConfig2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_workflow_run_cache_config(value: WorkflowRunCacheConfig) -> Any:
    return value.to_dict()
