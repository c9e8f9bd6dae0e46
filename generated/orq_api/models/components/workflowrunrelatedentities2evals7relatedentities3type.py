"""components models: WorkflowRunRelatedEntities2Evals7RelatedEntities3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RELATED_ENTITIES2_EVALS7_RELATED_ENTITIES3_TYPE_VALUES",
    "WorkflowRunRelatedEntities2Evals7RelatedEntities3Type",
    "decode_workflow_run_related_entities2_evals7_related_entities3_type",
]


WorkflowRunRelatedEntities2Evals7RelatedEntities3Type = Literal["human_eval"]


WORKFLOW_RUN_RELATED_ENTITIES2_EVALS7_RELATED_ENTITIES3_TYPE_VALUES = frozenset(
    ("human_eval",)
)


def decode_workflow_run_related_entities2_evals7_related_entities3_type(
    data: Any,
) -> WorkflowRunRelatedEntities2Evals7RelatedEntities3Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_RELATED_ENTITIES2_EVALS7_RELATED_ENTITIES3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_RELATED_ENTITIES2_EVALS7_RELATED_ENTITIES3_TYPE_VALUES
    )
