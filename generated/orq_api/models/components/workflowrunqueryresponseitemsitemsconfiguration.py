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
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseConfigurationItems41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunQueryResponseConfigurationItems42.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseConfigurationItems41.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseConfigurationItems42.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_items_configuration(
    value: WorkflowRunQueryResponseItemsItemsConfiguration,
) -> Any:
    return value.to_dict()
