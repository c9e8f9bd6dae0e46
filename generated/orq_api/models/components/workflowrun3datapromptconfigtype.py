"""components models: WorkflowRun3DataPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_DATA_PROMPT_CONFIG_TYPE_VALUES",
    "WorkflowRun3DataPromptConfigType",
    "decode_workflow_run3_data_prompt_config_type",
]


WorkflowRun3DataPromptConfigType = Literal["function"]


WORKFLOW_RUN3_DATA_PROMPT_CONFIG_TYPE_VALUES = frozenset(("function",))


def decode_workflow_run3_data_prompt_config_type(
    data: Any,
) -> WorkflowRun3DataPromptConfigType:
    if data.__class__ is str and data in WORKFLOW_RUN3_DATA_PROMPT_CONFIG_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_DATA_PROMPT_CONFIG_TYPE_VALUES)
