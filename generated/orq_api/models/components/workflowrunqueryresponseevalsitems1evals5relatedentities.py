"""components models: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems1evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems1evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems1evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals54,
]


def decode_workflow_run_query_response_evals_items1_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
