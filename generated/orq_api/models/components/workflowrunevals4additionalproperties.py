"""components models: WorkflowRunEvals4AdditionalProperties"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_EVALS4_ADDITIONAL_PROPERTIES_VALUES",
    "WorkflowRunEvals4AdditionalProperties",
    "decode_workflow_run_evals4_additional_properties",
]


WorkflowRunEvals4AdditionalProperties = Literal[False]


WORKFLOW_RUN_EVALS4_ADDITIONAL_PROPERTIES_VALUES = frozenset((False,))


def decode_workflow_run_evals4_additional_properties(
    data: Any,
) -> WorkflowRunEvals4AdditionalProperties:
    # JSON equality: 1 equals 1.0, but true is not 1
    for value in (False,):
        if data == value and (type(data) is bool) is (type(value) is bool):
            return value  # the spec's value: 2.0 decodes as 2 when the enum says 2
    raise _rt.enum_error(data, WORKFLOW_RUN_EVALS4_ADDITIONAL_PROPERTIES_VALUES)
