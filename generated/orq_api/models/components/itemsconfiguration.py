"""components models: ItemsConfiguration"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseconfiguration1 import (
    WorkflowRunQueryResponseConfiguration1,
)
from .workflowrunqueryresponseconfiguration2 import (
    WorkflowRunQueryResponseConfiguration2,
)

__all__ = [
    "ItemsConfiguration",
    "decode_items_configuration",
    "encode_items_configuration",
]


ItemsConfiguration = Union[
    WorkflowRunQueryResponseConfiguration1, WorkflowRunQueryResponseConfiguration2
]
"""Defines the configuration settings which can either be for a user message or a text entry."""


def decode_items_configuration(data: Any) -> ItemsConfiguration:
    if type(data) is dict and "type" in data:
        try:
            return WorkflowRunQueryResponseConfiguration1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "query" in data:
        try:
            return WorkflowRunQueryResponseConfiguration2.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseConfiguration1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseConfiguration2.from_dict, data),
        ]
    )


def encode_items_configuration(value: ItemsConfiguration) -> Any:
    return value.to_dict()
