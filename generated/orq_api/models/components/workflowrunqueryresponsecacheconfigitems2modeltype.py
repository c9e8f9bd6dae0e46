"""components models: WorkflowRunQueryResponseCacheConfigItems2ModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_MODEL_TYPE_VALUES",
    "WorkflowRunQueryResponseCacheConfigItems2ModelType",
    "decode_workflow_run_query_response_cache_config_items2_model_type",
]


WorkflowRunQueryResponseCacheConfigItems2ModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_workflow_run_query_response_cache_config_items2_model_type(
    data: Any,
) -> WorkflowRunQueryResponseCacheConfigItems2ModelType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_CACHE_CONFIG_ITEMS2_MODEL_TYPE_VALUES
    )
