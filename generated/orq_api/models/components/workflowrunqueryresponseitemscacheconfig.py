"""components models: WorkflowRunQueryResponseItemsCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponsecacheconfigitems1 import (
    WorkflowRunQueryResponseCacheConfigItems1,
)
from .workflowrunqueryresponsecacheconfigitems2 import (
    WorkflowRunQueryResponseCacheConfigItems2,
)

__all__ = [
    "WorkflowRunQueryResponseItemsCacheConfig",
    "decode_workflow_run_query_response_items_cache_config",
    "encode_workflow_run_query_response_items_cache_config",
]


WorkflowRunQueryResponseItemsCacheConfig = Union[
    WorkflowRunQueryResponseCacheConfigItems1, WorkflowRunQueryResponseCacheConfigItems2
]


def decode_workflow_run_query_response_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsCacheConfig:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "exact":
        return WorkflowRunQueryResponseCacheConfigItems1.from_dict(data)
    if tag == "semantic":
        return WorkflowRunQueryResponseCacheConfigItems2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("exact", "semantic")).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_items_cache_config(
    value: WorkflowRunQueryResponseItemsCacheConfig,
) -> Any:
    return value.to_dict()
