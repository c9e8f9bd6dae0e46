"""components models: WorkflowRunQueryResponseItemsItemsCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponsecacheconfigitems21 import (
    WorkflowRunQueryResponseCacheConfigItems21,
)
from .workflowrunqueryresponsecacheconfigitems22 import (
    WorkflowRunQueryResponseCacheConfigItems22,
)

WorkflowRunQueryResponseItemsItemsCacheConfig = Union[
    "WorkflowRunQueryResponseCacheConfigItems21",
    "WorkflowRunQueryResponseCacheConfigItems22",
]
""""""


def decode_workflow_run_query_response_items_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsCacheConfig:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseCacheConfigItems21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseCacheConfigItems22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_items_cache_config(
    value: WorkflowRunQueryResponseItemsItemsCacheConfig,
) -> Any:
    return value.to_dict()
