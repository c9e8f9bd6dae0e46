"""components models: WorkflowRun3Format"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN3_FORMAT_VALUES",
    "WorkflowRun3Format",
    "decode_workflow_run3_format",
]


WorkflowRun3Format = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


WORKFLOW_RUN3_FORMAT_VALUES = frozenset(("url", "b64_json", "text", "json_object"))


def decode_workflow_run3_format(data: Any) -> WorkflowRun3Format:
    if data.__class__ is str and data in WORKFLOW_RUN3_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN3_FORMAT_VALUES)
