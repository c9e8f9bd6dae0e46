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
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseConfigurationItems1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunQueryResponseConfigurationItems2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseConfigurationItems1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseConfigurationItems2.from_dict, data),
        ]
    )


def encode_workflow_run_query_response_items_configuration(
    value: WorkflowRunQueryResponseItemsConfiguration,
) -> Any:
    return value.to_dict()
