"""components models: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems2evals1 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals1,
)
from .workflowrunqueryresponserelatedentitiesitems2evals2 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals2,
)
from .workflowrunqueryresponserelatedentitiesitems2evals3 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals3,
)
from .workflowrunqueryresponserelatedentitiesitems2evals4 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals4,
)

WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals1",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals2",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals3",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals4",
]
""""""


def decode_workflow_run_query_response_evals_items2_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items2_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
