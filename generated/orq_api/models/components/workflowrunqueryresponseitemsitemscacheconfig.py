"""components models: WorkflowRunQueryResponseItemsItemsCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsecacheconfigitems21 import (
    WorkflowRunQueryResponseCacheConfigItems21,
)
from .workflowrunqueryresponsecacheconfigitems22 import (
    WorkflowRunQueryResponseCacheConfigItems22,
)

__all__ = [
    "WorkflowRunQueryResponseItemsItemsCacheConfig",
    "decode_workflow_run_query_response_items_items_cache_config",
    "encode_workflow_run_query_response_items_items_cache_config",
]


WorkflowRunQueryResponseItemsItemsCacheConfig = Union[
    WorkflowRunQueryResponseCacheConfigItems21,
    WorkflowRunQueryResponseCacheConfigItems22,
]


def decode_workflow_run_query_response_items_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunQueryResponseCacheConfigItems21.from_dict(data)
    if tag == "semantic":
        return WorkflowRunQueryResponseCacheConfigItems22.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_items_items_cache_config(
    value: WorkflowRunQueryResponseItemsItemsCacheConfig,
) -> Any:
    return value.to_dict()
