"""components models: WorkflowRunQueryResponseContentItems42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponse2items41 import WorkflowRunQueryResponse2Items41
from .workflowrunqueryresponse2items42 import WorkflowRunQueryResponse2Items42

WorkflowRunQueryResponseContentItems42 = Union[
    "WorkflowRunQueryResponse2Items41", "WorkflowRunQueryResponse2Items42"
]
""""""


def decode_workflow_run_query_response_content_items42(
    data: Any,
) -> WorkflowRunQueryResponseContentItems42:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponse2Items41.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponse2Items42.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_content_items42(
    value: WorkflowRunQueryResponseContentItems42,
) -> Any:
    return value.to_dict()
