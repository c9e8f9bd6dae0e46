"""components models: WorkflowRunQueryResponseCacheConfigItems2DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_TYPE_VALUES",
    "WorkflowRunQueryResponseCacheConfigItems2DataType",
    "decode_workflow_run_query_response_cache_config_items2_data_type",
]


WorkflowRunQueryResponseCacheConfigItems2DataType = Literal["semantic"]


WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_TYPE_VALUES = frozenset(
    ("semantic",)
)


def decode_workflow_run_query_response_cache_config_items2_data_type(
    data: Any,
) -> WorkflowRunQueryResponseCacheConfigItems2DataType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_TYPE_VALUES
    )
