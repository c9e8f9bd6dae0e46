"""components models: WorkflowRunQueryResponseEvalsItems2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems21,
)
from .workflowrunqueryresponserelatedentitiesitems22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems22,
)
from .workflowrunqueryresponserelatedentitiesitems23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems23,
)
from .workflowrunqueryresponserelatedentitiesitems24 import (
    WorkflowRunQueryResponseRelatedEntitiesItems24,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_related_entities",
    "encode_workflow_run_query_response_evals_items2_related_entities",
]


WorkflowRunQueryResponseEvalsItems2RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems21,
    WorkflowRunQueryResponseRelatedEntitiesItems22,
    WorkflowRunQueryResponseRelatedEntitiesItems23,
    WorkflowRunQueryResponseRelatedEntitiesItems24,
]


def decode_workflow_run_query_response_evals_items2_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems21.from_dict(data)
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems22.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems23.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems24.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2RelatedEntities,
) -> Any:
    return value.to_dict()
