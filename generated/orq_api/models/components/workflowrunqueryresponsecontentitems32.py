"""components models: WorkflowRunQueryResponseContentItems32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponse2items31 import WorkflowRunQueryResponse2Items31
from .workflowrunqueryresponse2items32 import WorkflowRunQueryResponse2Items32

WorkflowRunQueryResponseContentItems32 = Union[
    "WorkflowRunQueryResponse2Items31", "WorkflowRunQueryResponse2Items32"
]
""""""


def decode_workflow_run_query_response_content_items32(
    data: Any,
) -> WorkflowRunQueryResponseContentItems32:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponse2Items31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponse2Items32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_content_items32(
    value: WorkflowRunQueryResponseContentItems32,
) -> Any:
    return value.to_dict()
