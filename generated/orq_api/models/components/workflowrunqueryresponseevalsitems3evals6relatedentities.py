"""components models: WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems3evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems3evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems3evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems3evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items3_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items3_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems3Evals64,
]


def decode_workflow_run_query_response_evals_items3_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems3Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items3_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems3Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
