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
""""""


def decode_workflow_run_query_response_items_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseCacheConfigItems21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return WorkflowRunQueryResponseCacheConfigItems22.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseCacheConfigItems21.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseCacheConfigItems22.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items_cache_config(
    value: WorkflowRunQueryResponseItemsItemsCacheConfig,
) -> Any:
    return value.to_dict()
