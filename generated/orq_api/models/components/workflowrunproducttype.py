"""components models: WorkflowRunProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_PRODUCT_TYPE_VALUES",
    "WorkflowRunProductType",
    "decode_workflow_run_product_type",
]


WorkflowRunProductType = Literal["remoteconfigs"]


WORKFLOW_RUN_PRODUCT_TYPE_VALUES = frozenset(("remoteconfigs",))


def decode_workflow_run_product_type(data: Any) -> WorkflowRunProductType:
    if data.__class__ is str and data in WORKFLOW_RUN_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_PRODUCT_TYPE_VALUES)
