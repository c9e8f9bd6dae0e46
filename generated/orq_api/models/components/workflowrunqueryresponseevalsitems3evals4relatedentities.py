"""components models: WorkflowRunQueryResponseEvalsItems3Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems3evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems3evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems3evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals44,
]


def decode_workflow_run_query_response_evals_items3_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
