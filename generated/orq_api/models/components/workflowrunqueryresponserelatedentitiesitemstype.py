"""components models: WorkflowRunQueryResponseRelatedEntitiesItemsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS_TYPE_VALUES",
    "WorkflowRunQueryResponseRelatedEntitiesItemsType",
    "decode_workflow_run_query_response_related_entities_items_type",
]


WorkflowRunQueryResponseRelatedEntitiesItemsType = Literal["remoteconfig_variant"]


WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS_TYPE_VALUES = frozenset(
    ("remoteconfig_variant",)
)


def decode_workflow_run_query_response_related_entities_items_type(
    data: Any,
) -> WorkflowRunQueryResponseRelatedEntitiesItemsType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS_TYPE_VALUES
    )
