"""components models: WorkflowRun4ProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN4_PRODUCT_TYPE_VALUES",
    "WorkflowRun4ProductType",
    "decode_workflow_run4_product_type",
]


WorkflowRun4ProductType = Literal["experiments"]


WORKFLOW_RUN4_PRODUCT_TYPE_VALUES = frozenset(("experiments",))


def decode_workflow_run4_product_type(data: Any) -> WorkflowRun4ProductType:
    if data.__class__ is str and data in WORKFLOW_RUN4_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN4_PRODUCT_TYPE_VALUES)
