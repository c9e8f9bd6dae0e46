"""components models: WorkflowRunQueryResponseCacheConfigItems2DataSettingsCacheConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES",
    "WorkflowRunQueryResponseCacheConfigItems2DataSettingsCacheConfigType",
    "decode_workflow_run_query_response_cache_config_items2_data_settings_cache_config_type",
]


WorkflowRunQueryResponseCacheConfigItems2DataSettingsCacheConfigType = Literal[
    "semantic"
]


WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES = frozenset(
    ("semantic",)
)


def decode_workflow_run_query_response_cache_config_items2_data_settings_cache_config_type(
    data: Any,
) -> WorkflowRunQueryResponseCacheConfigItems2DataSettingsCacheConfigType:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES,
    )
