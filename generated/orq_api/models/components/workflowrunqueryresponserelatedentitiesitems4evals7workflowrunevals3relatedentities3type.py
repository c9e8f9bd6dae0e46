"""components models: WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3RelatedEntities3Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS7_WORKFLOW_RUN_EVALS3_RELATED_ENTITIES3_TYPE_VALUES",
    "WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3RelatedEntities3Type",
    "decode_workflow_run_query_response_related_entities_items4_evals7_workflow_run_evals3_related_entities3_type",
]


WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3RelatedEntities3Type = Literal[
    "human_eval"
]


WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS7_WORKFLOW_RUN_EVALS3_RELATED_ENTITIES3_TYPE_VALUES = frozenset(
    ("human_eval",)
)


def decode_workflow_run_query_response_related_entities_items4_evals7_workflow_run_evals3_related_entities3_type(
    data: Any,
) -> WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals3RelatedEntities3Type:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS7_WORKFLOW_RUN_EVALS3_RELATED_ENTITIES3_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS7_WORKFLOW_RUN_EVALS3_RELATED_ENTITIES3_TYPE_VALUES,
    )
