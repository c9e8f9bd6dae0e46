"""components models: WorkflowRunQueryResponseRelatedEntitiesItems1Evals6RelatedEntitiesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS1_EVALS6_RELATED_ENTITIES_TYPE_VALUES",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals6RelatedEntitiesType",
    "decode_workflow_run_query_response_related_entities_items1_evals6_related_entities_type",
]


WorkflowRunQueryResponseRelatedEntitiesItems1Evals6RelatedEntitiesType = Literal[
    "contact"
]


WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS1_EVALS6_RELATED_ENTITIES_TYPE_VALUES = frozenset(
    ("contact",)
)


def decode_workflow_run_query_response_related_entities_items1_evals6_related_entities_type(
    data: Any,
) -> WorkflowRunQueryResponseRelatedEntitiesItems1Evals6RelatedEntitiesType:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS1_EVALS6_RELATED_ENTITIES_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS1_EVALS6_RELATED_ENTITIES_TYPE_VALUES,
    )
