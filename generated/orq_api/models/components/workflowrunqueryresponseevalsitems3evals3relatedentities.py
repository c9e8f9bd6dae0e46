"""components models: WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems3evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems3evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems3evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals34,
]


def decode_workflow_run_query_response_evals_items3_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
