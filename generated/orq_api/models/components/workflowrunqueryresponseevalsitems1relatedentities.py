"""components models: WorkflowRunQueryResponseEvalsItems1RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems1evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems1evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems1evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals34,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_related_entities",
    "encode_workflow_run_query_response_evals_items1_related_entities",
]


WorkflowRunQueryResponseEvalsItems1RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals31,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals32,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals33,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals34,
]


def decode_workflow_run_query_response_evals_items1_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals31.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals32.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals33.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals34.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1RelatedEntities,
) -> Any:
    return value.to_dict()
