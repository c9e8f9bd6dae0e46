"""components models: WorkflowRunQueryResponseItemsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentities4 import (
    WorkflowRunQueryResponseRelatedEntities4,
)
from .workflowrunqueryresponserelatedentities5 import (
    WorkflowRunQueryResponseRelatedEntities5,
)
from .workflowrunqueryresponserelatedentities6 import (
    WorkflowRunQueryResponseRelatedEntities6,
)
from .workflowrunqueryresponserelatedentities7 import (
    WorkflowRunQueryResponseRelatedEntities7,
)
from .workflowrunqueryresponserelatedentitiesitems1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1,
)
from .workflowrunqueryresponserelatedentitiesitems2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2,
)
from .workflowrunqueryresponserelatedentitiesitems3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3,
)

__all__ = [
    "WorkflowRunQueryResponseItemsRelatedEntities",
    "decode_workflow_run_query_response_items_related_entities",
    "encode_workflow_run_query_response_items_related_entities",
]


WorkflowRunQueryResponseItemsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1,
    WorkflowRunQueryResponseRelatedEntitiesItems2,
    WorkflowRunQueryResponseRelatedEntitiesItems3,
    WorkflowRunQueryResponseRelatedEntities4,
    WorkflowRunQueryResponseRelatedEntities5,
    WorkflowRunQueryResponseRelatedEntities6,
    WorkflowRunQueryResponseRelatedEntities7,
]
""""""


def decode_workflow_run_query_response_items_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsRelatedEntities:
    if type(data) is dict and "type" in data and "deployment_key" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_variant_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems3.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_completion_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities4.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities5.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "chain_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities6.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "conversation_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntities7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseRelatedEntitiesItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntitiesItems2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntitiesItems3.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities4.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities5.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities6.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntities7.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_related_entities(
    value: WorkflowRunQueryResponseItemsRelatedEntities,
) -> Any:
    return value.to_dict()
