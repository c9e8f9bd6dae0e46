"""components models: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems1evals51 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals51,
)
from .workflowrunqueryresponserelatedentitiesitems1evals52 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals52,
)
from .workflowrunqueryresponserelatedentitiesitems1evals53 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals53,
)
from .workflowrunqueryresponserelatedentitiesitems1evals54 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals54,
)

WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals51",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals52",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals53",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals54",
]
""""""


def decode_workflow_run_query_response_evals_items1_evals5_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals51.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals52.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals53.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals54.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items1_evals5_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
