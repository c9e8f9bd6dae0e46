"""components models: WorkflowRunQueryResponseContentItems4Evals2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items4evals1 import WorkflowRunQueryResponse2Items4Evals1
from .workflowrunqueryresponse2items4evals2 import WorkflowRunQueryResponse2Items4Evals2

__all__ = [
    "WorkflowRunQueryResponseContentItems4Evals2",
    "decode_workflow_run_query_response_content_items4_evals2",
    "encode_workflow_run_query_response_content_items4_evals2",
]


WorkflowRunQueryResponseContentItems4Evals2 = Union[
    WorkflowRunQueryResponse2Items4Evals1, WorkflowRunQueryResponse2Items4Evals2
]
""""""


def decode_workflow_run_query_response_content_items4_evals2(
    data: Any,
) -> WorkflowRunQueryResponseContentItems4Evals2:
    if type(data) is dict and "type" in data and "text" in data:
        try:
            return WorkflowRunQueryResponse2Items4Evals1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "image_url" in data:
        try:
            return WorkflowRunQueryResponse2Items4Evals2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponse2Items4Evals1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponse2Items4Evals2.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_content_items4_evals2(
    value: WorkflowRunQueryResponseContentItems4Evals2,
) -> Any:
    return value.to_dict()
