"""components models: WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems2evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems2evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems2evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals64,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals6_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals6_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals61,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals62,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals63,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals64,
]


def decode_workflow_run_query_response_evals_items2_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
