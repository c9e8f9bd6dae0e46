"""components models: WorkflowRunQueryResponseRelatedEntitiesItems4Evals6RelatedEntities4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS6_RELATED_ENTITIES4_TYPE_VALUES",
    "WorkflowRunQueryResponseRelatedEntitiesItems4Evals6RelatedEntities4Type",
    "decode_workflow_run_query_response_related_entities_items4_evals6_related_entities4_type",
]


WorkflowRunQueryResponseRelatedEntitiesItems4Evals6RelatedEntities4Type = Literal[
    "evaluator"
]


WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS6_RELATED_ENTITIES4_TYPE_VALUES = frozenset(
    ("evaluator",)
)


def decode_workflow_run_query_response_related_entities_items4_evals6_related_entities4_type(
    data: Any,
) -> WorkflowRunQueryResponseRelatedEntitiesItems4Evals6RelatedEntities4Type:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS6_RELATED_ENTITIES4_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS4_EVALS6_RELATED_ENTITIES4_TYPE_VALUES,
    )
