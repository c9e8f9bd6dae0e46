"""components models: WorkflowRun2DataCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowruncacheconfig2data1 import WorkflowRunCacheConfig2Data1
from .workflowruncacheconfig2data2 import WorkflowRunCacheConfig2Data2

__all__ = [
    "WorkflowRun2DataCacheConfig",
    "decode_workflow_run2_data_cache_config",
    "encode_workflow_run2_data_cache_config",
]


WorkflowRun2DataCacheConfig = Union[
    WorkflowRunCacheConfig2Data1, WorkflowRunCacheConfig2Data2
]


def decode_workflow_run2_data_cache_config(data: Any) -> WorkflowRun2DataCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunCacheConfig2Data1.from_dict(data)
    if tag == "semantic":
        return WorkflowRunCacheConfig2Data2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_workflow_run2_data_cache_config(value: WorkflowRun2DataCacheConfig) -> Any:
    return value.to_dict()
