"""components models: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals1,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals2,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals3,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals4,
)

__all__ = [
    "WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals2RelatedEntities",
    "decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals2_related_entities",
    "encode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals2_related_entities",
]


WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals2RelatedEntities = Union[
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals1,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals2,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals3,
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals4,
]


def decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals2_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals2RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals1.from_dict(
            data
        )
    if tag == "contact":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals2.from_dict(
            data
        )
    if tag == "human_eval":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals3.from_dict(
            data
        )
    if tag == "evaluator":
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals4.from_dict(
            data
        )
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals2_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals2RelatedEntities,
) -> Any:
    return value.to_dict()
