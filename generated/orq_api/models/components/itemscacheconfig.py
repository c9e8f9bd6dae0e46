"""components models: ItemsCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsecacheconfig1 import WorkflowRunQueryResponseCacheConfig1
from .workflowrunqueryresponsecacheconfig2 import WorkflowRunQueryResponseCacheConfig2

__all__ = ["ItemsCacheConfig", "decode_items_cache_config", "encode_items_cache_config"]


ItemsCacheConfig = Union[
    WorkflowRunQueryResponseCacheConfig1, WorkflowRunQueryResponseCacheConfig2
]


def decode_items_cache_config(data: Any) -> ItemsCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunQueryResponseCacheConfig1.from_dict(data)
    if tag == "semantic":
        return WorkflowRunQueryResponseCacheConfig2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_items_cache_config(value: ItemsCacheConfig) -> Any:
    return value.to_dict()
