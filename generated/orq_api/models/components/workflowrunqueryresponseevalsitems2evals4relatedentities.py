"""components models: WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems2evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems2evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems2evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals44,
]


def decode_workflow_run_query_response_evals_items2_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
