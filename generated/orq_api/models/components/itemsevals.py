"""components models: ItemsEvals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevals1 import WorkflowRunQueryResponseEvals1
from .workflowrunqueryresponseevals2 import WorkflowRunQueryResponseEvals2
from .workflowrunqueryresponseevals3 import WorkflowRunQueryResponseEvals3
from .workflowrunqueryresponseevals4 import WorkflowRunQueryResponseEvals4
from .workflowrunqueryresponseevals5 import WorkflowRunQueryResponseEvals5
from .workflowrunqueryresponseevals6 import WorkflowRunQueryResponseEvals6
from .workflowrunqueryresponseevals7 import WorkflowRunQueryResponseEvals7

__all__ = ["ItemsEvals", "decode_items_evals", "encode_items_evals"]


ItemsEvals = Union[
    WorkflowRunQueryResponseEvals1,
    WorkflowRunQueryResponseEvals2,
    WorkflowRunQueryResponseEvals3,
    WorkflowRunQueryResponseEvals4,
    WorkflowRunQueryResponseEvals5,
    WorkflowRunQueryResponseEvals6,
    WorkflowRunQueryResponseEvals7,
]
""""""


def decode_items_evals(data: Any) -> ItemsEvals:
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "values" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals4.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals5.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals6.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "workflow_run" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return WorkflowRunQueryResponseEvals7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunQueryResponseEvals1.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals2.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals3.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals4.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals5.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals6.from_dict, data),
            _rt.error_of(WorkflowRunQueryResponseEvals7.from_dict, data),
        ]
    )


def encode_items_evals(value: ItemsEvals) -> Any:
    return value.to_dict()
