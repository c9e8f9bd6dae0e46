"""components models: WorkflowRun2CacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowruncacheconfig21 import WorkflowRunCacheConfig21
from .workflowruncacheconfig22 import WorkflowRunCacheConfig22

__all__ = [
    "WorkflowRun2CacheConfig",
    "decode_workflow_run2_cache_config",
    "encode_workflow_run2_cache_config",
]


WorkflowRun2CacheConfig = Union[WorkflowRunCacheConfig21, WorkflowRunCacheConfig22]


def decode_workflow_run2_cache_config(data: Any) -> WorkflowRun2CacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunCacheConfig21.from_dict(data)
    if tag == "semantic":
        return WorkflowRunCacheConfig22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_workflow_run2_cache_config(value: WorkflowRun2CacheConfig) -> Any:
    return value.to_dict()
