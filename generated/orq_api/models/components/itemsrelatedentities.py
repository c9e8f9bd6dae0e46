"""components models: ItemsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentities1 import (
    WorkflowRunQueryResponseRelatedEntities1,
)
from .workflowrunqueryresponserelatedentities2 import (
    WorkflowRunQueryResponseRelatedEntities2,
)
from .workflowrunqueryresponserelatedentities3 import (
    WorkflowRunQueryResponseRelatedEntities3,
)

ItemsRelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntities1",
    "WorkflowRunQueryResponseRelatedEntities2",
    "WorkflowRunQueryResponseRelatedEntities3",
]
""""""


def decode_items_related_entities(data: Any) -> ItemsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntities1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntities2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntities3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_items_related_entities(value: ItemsRelatedEntities) -> Any:
    return value.to_dict()
