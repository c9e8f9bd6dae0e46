"""components models: WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems4evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems4evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems4evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals74,
]


def decode_workflow_run_query_response_evals_items4_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
