"""components models: ItemsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentities1 import (
    WorkflowRunQueryResponseRelatedEntities1,
)
from .workflowrunqueryresponserelatedentities2 import (
    WorkflowRunQueryResponseRelatedEntities2,
)
from .workflowrunqueryresponserelatedentities3 import (
    WorkflowRunQueryResponseRelatedEntities3,
)

__all__ = [
    "ItemsRelatedEntities",
    "decode_items_related_entities",
    "encode_items_related_entities",
]


ItemsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntities1,
    WorkflowRunQueryResponseRelatedEntities2,
    WorkflowRunQueryResponseRelatedEntities3,
]
""""""


def decode_items_related_entities(data: Any) -> ItemsRelatedEntities:
    if type(data) is dict and "type" in data and "remote_config_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "remote_config_variant_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities3.from_dict, data),
        ]
    )


def encode_items_related_entities(value: ItemsRelatedEntities) -> Any:
    return value.to_dict()
