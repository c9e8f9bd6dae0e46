"""components models: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems2evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems2evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems2evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems2evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems2Evals34,
)

WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals31",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals32",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals33",
    "WorkflowRunQueryResponseRelatedEntitiesItems2Evals34",
]
""""""


def decode_workflow_run_query_response_evals_items2_evals3_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems2Evals34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items2_evals3_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2Evals3RelatedEntities,
) -> Any:
    return value.to_dict()
