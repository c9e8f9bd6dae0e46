"""components models: WorkflowRunQueryResponseContentItems12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponse2items11 import WorkflowRunQueryResponse2Items11
from .workflowrunqueryresponse2items12 import WorkflowRunQueryResponse2Items12

WorkflowRunQueryResponseContentItems12 = Union[
    "WorkflowRunQueryResponse2Items11", "WorkflowRunQueryResponse2Items12"
]
""""""


def decode_workflow_run_query_response_content_items12(
    data: Any,
) -> WorkflowRunQueryResponseContentItems12:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponse2Items11.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponse2Items12.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_content_items12(
    value: WorkflowRunQueryResponseContentItems12,
) -> Any:
    return value.to_dict()
