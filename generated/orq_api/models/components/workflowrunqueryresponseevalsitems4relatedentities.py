"""components models: WorkflowRunQueryResponseEvalsItems4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems4evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems4evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems4evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_related_entities",
    "encode_workflow_run_query_response_evals_items4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals4,
]


def decode_workflow_run_query_response_evals_items4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4RelatedEntities,
) -> Any:
    return value.to_dict()
