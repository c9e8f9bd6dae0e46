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
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "last_user_message":
        return WorkflowRunQueryResponseConfiguration1.from_dict(data)
    if tag == "query":
        return WorkflowRunQueryResponseConfiguration2.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("last_user_message", "query")).at(
        _rt.key_segment("type")
    )


def encode_items_configuration(value: ItemsConfiguration) -> Any:
    return value.to_dict()
