"""components models: WorkflowRunRelatedEntities1Evals7WorkflowRunType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RELATED_ENTITIES1_EVALS7_WORKFLOW_RUN_TYPE_VALUES",
    "WorkflowRunRelatedEntities1Evals7WorkflowRunType",
    "decode_workflow_run_related_entities1_evals7_workflow_run_type",
]


WorkflowRunRelatedEntities1Evals7WorkflowRunType = Literal["account"]


WORKFLOW_RUN_RELATED_ENTITIES1_EVALS7_WORKFLOW_RUN_TYPE_VALUES = frozenset(("account",))


def decode_workflow_run_related_entities1_evals7_workflow_run_type(
    data: Any,
) -> WorkflowRunRelatedEntities1Evals7WorkflowRunType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_RELATED_ENTITIES1_EVALS7_WORKFLOW_RUN_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_RELATED_ENTITIES1_EVALS7_WORKFLOW_RUN_TYPE_VALUES
    )
