"""components models: WorkflowRunQueryResponseEvalsItems3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems34,
)
from .workflowrunqueryresponserelatedentitiesitems3evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems3evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems3evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals3,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_related_entities",
    "encode_workflow_run_query_response_evals_items3_related_entities",
]


WorkflowRunQueryResponseEvalsItems3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems34,
]


def decode_workflow_run_query_response_evals_items3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3RelatedEntities,
) -> Any:
    return value.to_dict()
