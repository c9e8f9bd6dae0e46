"""components models: WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems4evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems4evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems4evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals41,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals42,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals43,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals44,
]


def decode_workflow_run_query_response_evals_items4_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals4RelatedEntities,
) -> Any:
    return value.to_dict()
