"""components models: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals41,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals42,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals43,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals44,
)

WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals4RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals41",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals42",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals43",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals44",
]
""""""


def decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals4RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals44.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
