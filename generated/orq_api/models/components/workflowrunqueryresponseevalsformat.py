"""components models: WorkflowRunQueryResponseEvalsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_FORMAT_VALUES",
    "WorkflowRunQueryResponseEvalsFormat",
    "decode_workflow_run_query_response_evals_format",
]


WorkflowRunQueryResponseEvalsFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_workflow_run_query_response_evals_format(
    data: Any,
) -> WorkflowRunQueryResponseEvalsFormat:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_FORMAT_VALUES)
