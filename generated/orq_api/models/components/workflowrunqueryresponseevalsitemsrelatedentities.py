"""components models: WorkflowRunQueryResponseEvalsItemsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems1evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems1evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems1evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItemsRelatedEntities",
    "decode_workflow_run_query_response_evals_items_related_entities",
    "encode_workflow_run_query_response_evals_items_related_entities",
]


WorkflowRunQueryResponseEvalsItemsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals4,
]


def decode_workflow_run_query_response_evals_items_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItemsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items_related_entities(
    value: WorkflowRunQueryResponseEvalsItemsRelatedEntities,
) -> Any:
    return value.to_dict()
