"""components models: WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals71 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals71,
)
from .workflowrunqueryresponserelatedentitiesitems2evals72 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals72,
)
from .workflowrunqueryresponserelatedentitiesitems2evals73 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals73,
)
from .workflowrunqueryresponserelatedentitiesitems2evals74 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals74,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals7_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals7_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals71,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals72,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals73,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals74,
]


def decode_workflow_run_query_response_evals_items2_evals7_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals71.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals72.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals73.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals74.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals7_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals7RelatedEntities,
) -> Any:
    return value.to_dict()
