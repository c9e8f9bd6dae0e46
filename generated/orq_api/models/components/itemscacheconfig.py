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
""""""


def decode_items_cache_config(data: Any) -> ItemsCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseCacheConfig1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return WorkflowRunQueryResponseCacheConfig2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseCacheConfig1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseCacheConfig2.from_dict, data),
        ]
    )


def encode_items_cache_config(value: ItemsCacheConfig) -> Any:
    return value.to_dict()
