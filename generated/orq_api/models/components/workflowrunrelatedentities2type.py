"""components models: WorkflowRunRelatedEntities2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES",
    "WorkflowRunRelatedEntities2Type",
    "decode_workflow_run_related_entities2_type",
]


WorkflowRunRelatedEntities2Type = Literal["deployment_key"]


WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES = frozenset(("deployment_key",))


def decode_workflow_run_related_entities2_type(
    data: Any,
) -> WorkflowRunRelatedEntities2Type:
    if data.__class__ is str and data in WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES)
