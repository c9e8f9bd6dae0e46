"""components models: WorkflowRunQueryResponseItemsItems4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

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

__all__ = [
    "WorkflowRunQueryResponseItemsItems4RelatedEntities",
    "decode_workflow_run_query_response_items_items4_related_entities",
    "encode_workflow_run_query_response_items_items4_related_entities",
]


WorkflowRunQueryResponseItemsItems4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems41,
    WorkflowRunQueryResponseRelatedEntitiesItems42,
    WorkflowRunQueryResponseRelatedEntitiesItems43,
    WorkflowRunQueryResponseRelatedEntitiesItems44,
    WorkflowRunQueryResponseRelatedEntitiesItems5,
]
""""""


def decode_workflow_run_query_response_items_items4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4RelatedEntities:
    if type(data) is dict and "type" in data and "experiment_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "experiment_run_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "test_case_run_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "test_case_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems44.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunQueryResponseRelatedEntitiesItems5.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems41.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems42.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems43.from_dict, data
            ),
            _rt.error_of(
                WorkflowRunQueryResponseRelatedEntitiesItems44.from_dict, data
            ),
            _rt.error_of(WorkflowRunQueryResponseRelatedEntitiesItems5.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items4_related_entities(
    value: WorkflowRunQueryResponseItemsItems4RelatedEntities,
) -> Any:
    return value.to_dict()
