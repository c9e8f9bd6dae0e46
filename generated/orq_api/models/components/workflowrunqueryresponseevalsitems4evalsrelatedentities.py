"""components models: WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals21,
)
from .workflowrunqueryresponserelatedentitiesitems4evals22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals22,
)
from .workflowrunqueryresponserelatedentitiesitems4evals23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals23,
)
from .workflowrunqueryresponserelatedentitiesitems4evals24 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals24,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals21,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals22,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals23,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals24,
]


def decode_workflow_run_query_response_evals_items4_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals21.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
