"""components models: WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems4evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems4evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems4evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals54,
]


def decode_workflow_run_query_response_evals_items4_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
