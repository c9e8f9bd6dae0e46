"""components models: WorkflowRunQueryResponseEvalsItems1RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems1evals31 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals31,
)
from .workflowrunqueryresponserelatedentitiesitems1evals32 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals32,
)
from .workflowrunqueryresponserelatedentitiesitems1evals33 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals33,
)
from .workflowrunqueryresponserelatedentitiesitems1evals34 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals34,
)

WorkflowRunQueryResponseEvalsItems1RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals31",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals32",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals33",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals34",
]
""""""


def decode_workflow_run_query_response_evals_items1_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals33.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals34.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items1_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1RelatedEntities,
) -> Any:
    return value.to_dict()
