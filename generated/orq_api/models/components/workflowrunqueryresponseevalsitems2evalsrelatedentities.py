"""components models: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems2evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems2evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems2evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals_related_entities",
]


WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals1,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals2,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals3,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals4,
]


def decode_workflow_run_query_response_evals_items2_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals1.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals2.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals3.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
