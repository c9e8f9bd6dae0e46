"""components models: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems1evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems1evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems1evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals44,
]


def decode_workflow_run_query_response_evals_items1_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
