"""components models: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43,
)
from .workflowrunqueryresponserelatedentitiesitems4evals7workflowrunevals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities",
    "encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities",
]


WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43,
    WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44,
]


def decode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals41.from_dict(
            data
        )
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals42.from_dict(
            data
        )
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals43.from_dict(
            data
        )
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems4Evals7WorkflowRunEvals44.from_dict(
            data
        )
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items4_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems4Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
