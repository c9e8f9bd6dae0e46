"""components models: WorkflowRunQueryResponseContentItems42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items41 import WorkflowRunQueryResponse2Items41
from .workflowrunqueryresponse2items42 import WorkflowRunQueryResponse2Items42

__all__ = [
    "WorkflowRunQueryResponseContentItems42",
    "decode_workflow_run_query_response_content_items42",
    "encode_workflow_run_query_response_content_items42",
]


WorkflowRunQueryResponseContentItems42 = Union[
    WorkflowRunQueryResponse2Items41, WorkflowRunQueryResponse2Items42
]
""""""


def decode_workflow_run_query_response_content_items42(
    data: Any,
) -> WorkflowRunQueryResponseContentItems42:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse2Items41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse2Items42.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse2Items41.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse2Items42.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content_items42(
    value: WorkflowRunQueryResponseContentItems42,
) -> Any:
    return value.to_dict()
