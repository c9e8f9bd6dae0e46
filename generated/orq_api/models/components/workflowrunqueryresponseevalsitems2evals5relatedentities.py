"""components models: WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems2evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems2evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems2evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals54,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals5_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals5_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals51,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals52,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals53,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals54,
]


def decode_workflow_run_query_response_evals_items2_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
