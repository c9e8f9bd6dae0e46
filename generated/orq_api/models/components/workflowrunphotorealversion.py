"""components models: WorkflowRunPhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_PHOTO_REAL_VERSION_VALUES",
    "WorkflowRunPhotoRealVersion",
    "decode_workflow_run_photo_real_version",
]


WorkflowRunPhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


WORKFLOW_RUN_PHOTO_REAL_VERSION_VALUES = frozenset(("v1", "v2"))


def decode_workflow_run_photo_real_version(data: Any) -> WorkflowRunPhotoRealVersion:
    if data.__class__ is str and data in WORKFLOW_RUN_PHOTO_REAL_VERSION_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_PHOTO_REAL_VERSION_VALUES)
