"""components models: WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems4evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems4evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems4evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals64,
]


def decode_workflow_run_query_response_evals_items4_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
