"""components models: WorkflowRunQueryResponse2Items4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_TYPE_VALUES",
    "WorkflowRunQueryResponse2Items4Type",
    "decode_workflow_run_query_response2_items4_type",
]


WorkflowRunQueryResponse2Items4Type = Literal["text"]


WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_TYPE_VALUES = frozenset(("text",))


def decode_workflow_run_query_response2_items4_type(
    data: Any,
) -> WorkflowRunQueryResponse2Items4Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_TYPE_VALUES)
