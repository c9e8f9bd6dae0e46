"""components models: WorkflowRunQueryResponseItemsConfiguration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseconfigurationitems1 import (
    WorkflowRunQueryResponseConfigurationItems1,
)
from .workflowrunqueryresponseconfigurationitems2 import (
    WorkflowRunQueryResponseConfigurationItems2,
)

__all__ = [
    "WorkflowRunQueryResponseItemsConfiguration",
    "decode_workflow_run_query_response_items_configuration",
    "encode_workflow_run_query_response_items_configuration",
]


WorkflowRunQueryResponseItemsConfiguration = Union[
    WorkflowRunQueryResponseConfigurationItems1,
    WorkflowRunQueryResponseConfigurationItems2,
]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_workflow_run_query_response_items_configuration(
    data: Any,
) -> WorkflowRunQueryResponseItemsConfiguration:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunQueryResponseConfigurationItems1.from_dict(data)
    if tag == "query":
        return WorkflowRunQueryResponseConfigurationItems2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_items_configuration(
    value: WorkflowRunQueryResponseItemsConfiguration,
) -> Any:
    return value.to_dict()
