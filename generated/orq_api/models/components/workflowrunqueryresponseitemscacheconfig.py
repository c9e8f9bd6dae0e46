"""components models: WorkflowRunQueryResponseItemsCacheConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponsecacheconfigitems1 import (
    WorkflowRunQueryResponseCacheConfigItems1,
)
from .workflowrunqueryresponsecacheconfigitems2 import (
    WorkflowRunQueryResponseCacheConfigItems2,
)

WorkflowRunQueryResponseItemsCacheConfig = Union[
    "WorkflowRunQueryResponseCacheConfigItems1",
    "WorkflowRunQueryResponseCacheConfigItems2",
]
""""""


def decode_workflow_run_query_response_items_cache_config(
    data: Any,
) -> WorkflowRunQueryResponseItemsCacheConfig:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseCacheConfigItems1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseCacheConfigItems2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_cache_config(
    value: WorkflowRunQueryResponseItemsCacheConfig,
) -> Any:
    return value.to_dict()
