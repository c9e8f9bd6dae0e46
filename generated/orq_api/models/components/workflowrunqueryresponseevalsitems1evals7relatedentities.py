"""components models: WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems1evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems1evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems1evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals74,
]


def decode_workflow_run_query_response_evals_items1_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
