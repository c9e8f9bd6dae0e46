"""components models: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems1evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems1evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems1evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems1evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items1_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items1_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals64,
]


def decode_workflow_run_query_response_evals_items1_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items1_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
