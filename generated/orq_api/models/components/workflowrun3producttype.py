"""components models: WorkflowRun3ProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_PRODUCT_TYPE_VALUES",
    "WorkflowRun3ProductType",
    "decode_workflow_run3_product_type",
]


WorkflowRun3ProductType = Literal["playgrounds"]


WORKFLOW_RUN3_PRODUCT_TYPE_VALUES = frozenset(("playgrounds",))


def decode_workflow_run3_product_type(data: Any) -> WorkflowRun3ProductType:
    if data.__class__ is str and data in WORKFLOW_RUN3_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_PRODUCT_TYPE_VALUES)
