"""components models: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems2evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems2evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems2evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals3_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals3_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals34,
]


def decode_workflow_run_query_response_evals_items2_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
