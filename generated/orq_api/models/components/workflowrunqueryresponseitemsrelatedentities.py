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


def decode_workflow_run_query_response_items_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseItemsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "deployment_key":
        return WorkflowRunQueryResponseRelatedEntitiesItems1.from_dict(data)
    if tag == "deployment":
        return WorkflowRunQueryResponseRelatedEntitiesItems2.from_dict(data)
    if tag == "deployment_variant":
        return WorkflowRunQueryResponseRelatedEntitiesItems3.from_dict(data)
    if tag == "deployment_completion":
        return WorkflowRunQueryResponseRelatedEntities4.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntities5.from_dict(data)
    if tag == "chain":
        return WorkflowRunQueryResponseRelatedEntities6.from_dict(data)
    if tag == "conversation":
        return WorkflowRunQueryResponseRelatedEntities7.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "deployment_key",
            "deployment",
            "deployment_variant",
            "deployment_completion",
            "contact",
            "chain",
            "conversation",
        ),
    ).at(_rt.key_segment("type"))


def encode_workflow_run_query_response_items_related_entities(
    value: WorkflowRunQueryResponseItemsRelatedEntities,
) -> Any:
    return value.to_dict()
