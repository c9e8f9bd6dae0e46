"""components models: WorkflowRunQueryResponseEvalsItems3EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals21,
)
from .workflowrunqueryresponserelatedentitiesitems3evals22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals22,
)
from .workflowrunqueryresponserelatedentitiesitems3evals23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals23,
)
from .workflowrunqueryresponserelatedentitiesitems3evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems3EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals21,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals22,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals23,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals4,
]


def decode_workflow_run_query_response_evals_items3_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals21.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
