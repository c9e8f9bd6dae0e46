"""components models: WorkflowRunQueryRequestFiltersType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES",
    "WorkflowRunQueryRequestFiltersType",
    "decode_workflow_run_query_request_filters_type",
]


WorkflowRunQueryRequestFiltersType = Literal["id"]


WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES = frozenset(("id",))


def decode_workflow_run_query_request_filters_type(
    data: Any,
) -> WorkflowRunQueryRequestFiltersType:
    if data.__class__ is str and data in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_TYPE_VALUES)
