"""components models: WorkflowRunRelatedEntities3Evals4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RELATED_ENTITIES3_EVALS4_TYPE_VALUES",
    "WorkflowRunRelatedEntities3Evals4Type",
    "decode_workflow_run_related_entities3_evals4_type",
]


WorkflowRunRelatedEntities3Evals4Type = Literal["account"]


WORKFLOW_RUN_RELATED_ENTITIES3_EVALS4_TYPE_VALUES = frozenset(("account",))


def decode_workflow_run_related_entities3_evals4_type(
    data: Any,
) -> WorkflowRunRelatedEntities3Evals4Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_RELATED_ENTITIES3_EVALS4_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_RELATED_ENTITIES3_EVALS4_TYPE_VALUES)
