"""components models: WorkflowRun4DataPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN4_DATA_PROMPT_CONFIG_TYPE_VALUES",
    "WorkflowRun4DataPromptConfigType",
    "decode_workflow_run4_data_prompt_config_type",
]


WorkflowRun4DataPromptConfigType = Literal["function"]


WORKFLOW_RUN4_DATA_PROMPT_CONFIG_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run4_data_prompt_config_type(
    data: Any,
) -> WorkflowRun4DataPromptConfigType:
    if data.__class__ is str and data in WORKFLOW_RUN4_DATA_PROMPT_CONFIG_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN4_DATA_PROMPT_CONFIG_TYPE_VALUES)
