"""components models: WorkflowRunQueryResponseItemsProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_PRODUCT_TYPE_VALUES",
    "WorkflowRunQueryResponseItemsProductType",
    "decode_workflow_run_query_response_items_product_type",
]


WorkflowRunQueryResponseItemsProductType = Literal["deployments"]


WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_PRODUCT_TYPE_VALUES = frozenset(("deployments",))


def decode_workflow_run_query_response_items_product_type(
    data: Any,
) -> WorkflowRunQueryResponseItemsProductType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_PRODUCT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_PRODUCT_TYPE_VALUES)
