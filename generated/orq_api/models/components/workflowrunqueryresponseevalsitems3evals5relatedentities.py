"""components models: WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems3evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems3evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems3evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals54,
]


def decode_workflow_run_query_response_evals_items3_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
