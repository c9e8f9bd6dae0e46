"""components models: WorkflowRunQueryResponseEvalsItems2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponserelatedentitiesitems21 import (
    WorkflowRunQueryResponseRelatedEntitiesItems21,
)
from .workflowrunqueryresponserelatedentitiesitems22 import (
    WorkflowRunQueryResponseRelatedEntitiesItems22,
)
from .workflowrunqueryresponserelatedentitiesitems23 import (
    WorkflowRunQueryResponseRelatedEntitiesItems23,
)
from .workflowrunqueryresponserelatedentitiesitems24 import (
    WorkflowRunQueryResponseRelatedEntitiesItems24,
)

WorkflowRunQueryResponseEvalsItems2RelatedEntities = Union[
    "WorkflowRunQueryResponseRelatedEntitiesItems21",
    "WorkflowRunQueryResponseRelatedEntitiesItems22",
    "WorkflowRunQueryResponseRelatedEntitiesItems23",
    "WorkflowRunQueryResponseRelatedEntitiesItems24",
]
""""""


def decode_workflow_run_query_response_evals_items2_related_entities(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2RelatedEntities:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems23.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponseRelatedEntitiesItems24.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_evals_items2_related_entities(
    value: WorkflowRunQueryResponseEvalsItems2RelatedEntities,
) -> Any:
    return value.to_dict()
