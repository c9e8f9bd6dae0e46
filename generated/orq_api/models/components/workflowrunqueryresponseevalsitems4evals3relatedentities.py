"""components models: WorkflowRunQueryResponseEvalsItems4Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems4evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems4evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems4evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals34,
]


def decode_workflow_run_query_response_evals_items4_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
