"""components models: WorkflowRunCacheConfig2EncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_CACHE_CONFIG2_ENCODING_FORMAT_VALUES",
    "WorkflowRunCacheConfig2EncodingFormat",
    "decode_workflow_run_cache_config2_encoding_format",
]


WorkflowRunCacheConfig2EncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


WORKFLOW_RUN_CACHE_CONFIG2_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_workflow_run_cache_config2_encoding_format(
    data: Any,
) -> WorkflowRunCacheConfig2EncodingFormat:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_CACHE_CONFIG2_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_CACHE_CONFIG2_ENCODING_FORMAT_VALUES)
