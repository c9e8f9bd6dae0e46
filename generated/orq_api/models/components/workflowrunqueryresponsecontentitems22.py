"""components models: WorkflowRunQueryResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponse2items21 import WorkflowRunQueryResponse2Items21
from .workflowrunqueryresponse2items22 import WorkflowRunQueryResponse2Items22

WorkflowRunQueryResponseContentItems22 = Union[
    "WorkflowRunQueryResponse2Items21", "WorkflowRunQueryResponse2Items22"
]
""""""


def decode_workflow_run_query_response_content_items22(
    data: Any,
) -> WorkflowRunQueryResponseContentItems22:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponse2Items21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponse2Items22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_content_items22(
    value: WorkflowRunQueryResponseContentItems22,
) -> Any:
    return value.to_dict()
