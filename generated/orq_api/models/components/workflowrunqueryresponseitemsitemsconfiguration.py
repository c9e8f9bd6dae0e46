"""components models: WorkflowRunQueryResponseItemsItemsConfiguration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseconfigurationitems41 import (
    WorkflowRunQueryResponseConfigurationItems41,
)
from .workflowrunqueryresponseconfigurationitems42 import (
    WorkflowRunQueryResponseConfigurationItems42,
)

__all__ = [
    "WorkflowRunQueryResponseItemsItemsConfiguration",
    "decode_workflow_run_query_response_items_items_configuration",
    "encode_workflow_run_query_response_items_items_configuration",
]


WorkflowRunQueryResponseItemsItemsConfiguration = Union[
    WorkflowRunQueryResponseConfigurationItems41,
    WorkflowRunQueryResponseConfigurationItems42,
]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_workflow_run_query_response_items_items_configuration(
    data: Any,
) -> WorkflowRunQueryResponseItemsItemsConfiguration:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunQueryResponseConfigurationItems41.from_dict(data)
    if tag == "query":
        return WorkflowRunQueryResponseConfigurationItems42.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_query_response_items_items_configuration(
    value: WorkflowRunQueryResponseItemsItemsConfiguration,
) -> Any:
    return value.to_dict()
