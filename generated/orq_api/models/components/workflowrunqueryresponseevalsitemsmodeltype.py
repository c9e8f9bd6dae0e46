"""components models: WorkflowRunQueryResponseEvalsItemsModelType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_MODEL_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItemsModelType",
    "decode_workflow_run_query_response_evals_items_model_type",
]


WorkflowRunQueryResponseEvalsItemsModelType = Literal[
    "chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank"
]
"""The type of the model"""


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_MODEL_TYPE_VALUES = frozenset(
    ("chat", "completion", "embedding", "vision", "image", "tts", "stt", "rerank")
)


def decode_workflow_run_query_response_evals_items_model_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsModelType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_MODEL_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_MODEL_TYPE_VALUES
    )
