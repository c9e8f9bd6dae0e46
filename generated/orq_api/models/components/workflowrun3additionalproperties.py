"""components models: WorkflowRun3AdditionalProperties"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_ADDITIONAL_PROPERTIES_VALUES",
    "WorkflowRun3AdditionalProperties",
    "decode_workflow_run3_additional_properties",
]


WorkflowRun3AdditionalProperties = Literal[False]


WORKFLOW_RUN3_ADDITIONAL_PROPERTIES_VALUES: frozenset[Any] = frozenset((False,))


def decode_workflow_run3_additional_properties(
    data: Any,
) -> WorkflowRun3AdditionalProperties:
    for value in (False,):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, WORKFLOW_RUN3_ADDITIONAL_PROPERTIES_VALUES)
