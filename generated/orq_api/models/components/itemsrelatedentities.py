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


def decode_items_related_entities(data: Any) -> ItemsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "remoteconfig":
        return WorkflowRunQueryResponseRelatedEntities1.from_dict(data)
    if tag == "remoteconfig_variant":
        return WorkflowRunQueryResponseRelatedEntities2.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntities3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("remoteconfig", "remoteconfig_variant", "contact")).at(
        _rt.key_segment("type")
    )


def encode_items_related_entities(value: ItemsRelatedEntities) -> Any:
    return value.to_dict()
