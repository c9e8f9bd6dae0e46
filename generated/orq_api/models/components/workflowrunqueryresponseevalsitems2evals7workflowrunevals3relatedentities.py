"""components models: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals31,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals32,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals33,
)
from .workflowrunqueryresponserelatedentitiesitems2evals7workflowrunevals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals34,
)

WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals3RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals31",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals32",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals33",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals34",
]
""""""


def decode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals7WorkflowRunEvals34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items2_evals7_workflow_run_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals7WorkflowRunEvals3RelatedEntities,
) -> Any:
    return value.to_dict()
