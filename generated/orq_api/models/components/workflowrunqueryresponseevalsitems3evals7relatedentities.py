"""components models: WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems3evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems3evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems3evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals74,
]


def decode_workflow_run_query_response_evals_items3_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
