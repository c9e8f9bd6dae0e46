"""components models: WorkflowRunEvalsProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS_PRODUCT_TYPE_VALUES",
    "WorkflowRunEvalsProductType",
    "decode_workflow_run_evals_product_type",
]


WorkflowRunEvalsProductType = Literal[
    "remoteconfigs",
    "deployments",
    "experiments",
    "playgrounds",
    "llm_evaluator",
    "knowledge",
    "router",
]
"""Orquesta product"""


WORKFLOW_RUN_EVALS_PRODUCT_TYPE_VALUES = frozenset(
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


def decode_workflow_run_evals_product_type(data: Any) -> WorkflowRunEvalsProductType:
    if data.__class__ is str and data in WORKFLOW_RUN_EVALS_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS_PRODUCT_TYPE_VALUES)
