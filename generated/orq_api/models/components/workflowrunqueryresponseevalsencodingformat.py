"""components models: WorkflowRunQueryResponseEvalsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ENCODING_FORMAT_VALUES",
    "WorkflowRunQueryResponseEvalsEncodingFormat",
    "decode_workflow_run_query_response_evals_encoding_format",
]


WorkflowRunQueryResponseEvalsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ENCODING_FORMAT_VALUES = frozenset(
    ("float", "base64")
)


def decode_workflow_run_query_response_evals_encoding_format(
    data: Any,
) -> WorkflowRunQueryResponseEvalsEncodingFormat:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ENCODING_FORMAT_VALUES)
