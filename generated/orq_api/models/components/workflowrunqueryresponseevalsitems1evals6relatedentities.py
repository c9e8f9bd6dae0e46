"""components models: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems1evals61 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals61,
)
from .workflowrunqueryresponserelatedentitiesitems1evals62 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals62,
)
from .workflowrunqueryresponserelatedentitiesitems1evals63 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals63,
)
from .workflowrunqueryresponserelatedentitiesitems1evals64 import (
    WorkflowRunQueryResponseRelatedEntitiesItems1Evals64,
)

WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals61",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals62",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals63",
    "WorkflowRunQueryResponseRelatedEntitiesItems1Evals64",
]
""""""


def decode_workflow_run_query_response_evals_items1_evals6_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals61.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals62.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals63.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems1Evals64.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items1_evals6_related_entities(
    value: WorkflowRunQueryResponseEvalsItems1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
