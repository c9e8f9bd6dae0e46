"""components models: WorkflowRunQueryResponseEvalsItemsProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_PRODUCT_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItemsProductType",
    "decode_workflow_run_query_response_evals_items_product_type",
]


WorkflowRunQueryResponseEvalsItemsProductType = Literal[
    "remoteconfigs",
    "deployments",
    "experiments",
    "playgrounds",
    "llm_evaluator",
    "knowledge",
    "router",
]
"""Orquesta product"""


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_PRODUCT_TYPE_VALUES = frozenset(
    (
        "remoteconfigs",
        "deployments",
        "experiments",
        "playgrounds",
        "llm_evaluator",
        "knowledge",
        "router",
    )
)


def decode_workflow_run_query_response_evals_items_product_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsProductType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_PRODUCT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS_PRODUCT_TYPE_VALUES
    )
