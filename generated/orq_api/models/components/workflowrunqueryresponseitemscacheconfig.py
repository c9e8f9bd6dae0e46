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
""""""


def decode_workflow_run_query_response_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsCacheConfig:
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseCacheConfigItems1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "model_config" in data:
        try:
            return WorkflowRunQueryResponseCacheConfigItems2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseCacheConfigItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseCacheConfigItems2.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_cache_config(
    value: WorkflowRunQueryResponseItemsCacheConfig,
) -> Any:
    return value.to_dict()
