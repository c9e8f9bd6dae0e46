"""components models: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems1evals41 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals41,
)
from .workflowrunqueryresponserelatedentitiesitems1evals42 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals42,
)
from .workflowrunqueryresponserelatedentitiesitems1evals43 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals43,
)
from .workflowrunqueryresponserelatedentitiesitems1evals44 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals44,
)

WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals41",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals42",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals43",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals44",
]
""""""


def decode_workflow_run_query_response_evals_items1_evals_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals43.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals44.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items1_evals_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1EvalsRelatedEntities,
) -> Any:
    return value.to_dict()
