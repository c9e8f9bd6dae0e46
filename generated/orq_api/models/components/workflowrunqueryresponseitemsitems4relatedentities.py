"""components models: WorkflowRunQueryResponseItemsItems4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems41,
)
from .workflowrunqueryresponserelatedentitiesitems42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems42,
)
from .workflowrunqueryresponserelatedentitiesitems43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems43,
)
from .workflowrunqueryresponserelatedentitiesitems44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems44,
)
from .workflowrunqueryresponserelatedentitiesitems5 import (
    WorkflowRunQueryResponseRelatedEntitiesItems5,
)

WorkflowRunQueryResponseItemsItems4RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems41",
    "WorkflowRunQueryResponseRelatedEntitiesItems42",
    "WorkflowRunQueryResponseRelatedEntitiesItems43",
    "WorkflowRunQueryResponseRelatedEntitiesItems44",
    "WorkflowRunQueryResponseRelatedEntitiesItems5",
]
""""""


def decode_workflow_run_query_response_items_items4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems44.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_items_items4_related_entities(
    value: WorkflowRunQueryResponseItemsItems4RelatedEntities,
) -> Any:
    return value.to_dict()
