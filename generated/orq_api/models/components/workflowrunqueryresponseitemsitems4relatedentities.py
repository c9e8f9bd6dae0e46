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


def decode_workflow_run_query_response_items_items4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsItems4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "experiment":
        return WorkflowRunQueryResponseRelatedEntitiesItems41.from_dict(data)
    if tag == "experiment_run":
        return WorkflowRunQueryResponseRelatedEntitiesItems42.from_dict(data)
    if tag == "test_case_run":
        return WorkflowRunQueryResponseRelatedEntitiesItems43.from_dict(data)
    if tag == "experiment_test_case":
        return WorkflowRunQueryResponseRelatedEntitiesItems44.from_dict(data)
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems5.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "experiment",
            "experiment_run",
            "test_case_run",
            "experiment_test_case",
            "account",
        ),
    ).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_items_items4_related_entities(
    value: WorkflowRunQueryResponseItemsItems4RelatedEntities,
) -> Any:
    return value.to_dict()
