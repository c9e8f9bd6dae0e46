"""components models: WorkflowRunQueryResponseItemsItems4DataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_DATA_TYPE_VALUES",
    "WorkflowRunQueryResponseItemsItems4DataType",
    "decode_workflow_run_query_response_items_items4_data_type",
]


WorkflowRunQueryResponseItemsItems4DataType = Literal["object"]


WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_DATA_TYPE_VALUES = frozenset(("object",))


def decode_workflow_run_query_response_items_items4_data_type(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4DataType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_DATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_DATA_TYPE_VALUES
    )
