"""components models: WorkflowRunQueryResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .workflowrunqueryresponse21 import WorkflowRunQueryResponse21
from .workflowrunqueryresponse22 import WorkflowRunQueryResponse22

WorkflowRunQueryResponseContent2 = Union[
    "WorkflowRunQueryResponse21", "WorkflowRunQueryResponse22"
]
""""""


def decode_workflow_run_query_response_content2(
    data: Any,
) -> WorkflowRunQueryResponseContent2:
    errors: List[ValidationError] = []
    try:
        return WorkflowRunQueryResponse21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return WorkflowRunQueryResponse22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_workflow_run_query_response_content2(
    value: WorkflowRunQueryResponseContent2,
) -> Any:
    return value.to_dict()
