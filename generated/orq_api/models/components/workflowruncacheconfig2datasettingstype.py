"""components models: WorkflowRunCacheConfig2DataSettingsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CACHE_CONFIG2_DATA_SETTINGS_TYPE_VALUES",
    "WorkflowRunCacheConfig2DataSettingsType",
    "decode_workflow_run_cache_config2_data_settings_type",
]


WorkflowRunCacheConfig2DataSettingsType = Literal["exact"]


WORKFLOW_RUN_CACHE_CONFIG2_DATA_SETTINGS_TYPE_VALUES = frozenset(("exact",))


def decode_workflow_run_cache_config2_data_settings_type(
    data: Any,
) -> WorkflowRunCacheConfig2DataSettingsType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_CACHE_CONFIG2_DATA_SETTINGS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CACHE_CONFIG2_DATA_SETTINGS_TYPE_VALUES)
