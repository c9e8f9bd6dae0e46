"""components models: WorkflowRunQueryResponseEvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems11 import (
    WorkflowRunQueryResponseRelatedEntitiesItems11,
)
from .workflowrunqueryresponserelatedentitiesitems12 import (
    WorkflowRunQueryResponseRelatedEntitiesItems12,
)
from .workflowrunqueryresponserelatedentitiesitems13 import (
    WorkflowRunQueryResponseRelatedEntitiesItems13,
)
from .workflowrunqueryresponserelatedentitiesitems14 import (
    WorkflowRunQueryResponseRelatedEntitiesItems14,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_related_entities",
    "encode_workflow_run_query_response_evals_related_entities",
]


WorkflowRunQueryResponseEvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems11,
    WorkflowRunQueryResponseRelatedEntitiesItems12,
    WorkflowRunQueryResponseRelatedEntitiesItems13,
    WorkflowRunQueryResponseRelatedEntitiesItems14,
]


def decode_workflow_run_query_response_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems11.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems12.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems13.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems14.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsRelatedEntities,
) -> Any:
    return value.to_dict()
