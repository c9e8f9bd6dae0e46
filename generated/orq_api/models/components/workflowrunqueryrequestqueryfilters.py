"""components models: WorkflowRunQueryRequestQueryFilters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filters5 import Filters5
from .filters6 import Filters6
from .filters7 import Filters7
from .workflowrunqueryrequestfiltersquery1 import WorkflowRunQueryRequestFiltersQuery1
from .workflowrunqueryrequestfiltersquery2 import WorkflowRunQueryRequestFiltersQuery2
from .workflowrunqueryrequestfiltersquery3 import WorkflowRunQueryRequestFiltersQuery3
from .workflowrunqueryrequestfiltersquery4 import WorkflowRunQueryRequestFiltersQuery4

__all__ = [
    "WorkflowRunQueryRequestQueryFilters",
    "decode_workflow_run_query_request_query_filters",
    "encode_workflow_run_query_request_query_filters",
]


WorkflowRunQueryRequestQueryFilters = Union[
    WorkflowRunQueryRequestFiltersQuery1,
    WorkflowRunQueryRequestFiltersQuery2,
    WorkflowRunQueryRequestFiltersQuery3,
    WorkflowRunQueryRequestFiltersQuery4,
    Filters5,
    Filters6,
    Filters7,
]


def decode_workflow_run_query_request_query_filters(
    data: Any,
) -> WorkflowRunQueryRequestQueryFilters:
    e0: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and data["operator"] in ("is", "is_not", "is_empty", "is_not_empty")
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "options" in data
        and "name" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFiltersQuery1.from_dict(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and data["operator"]
        in ("contains", "does_not_contain", "is_empty", "is_not_empty")
        and "value" in data
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "options" in data
        and "name" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFiltersQuery2.from_dict(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and data["operator"]
        in (
            "is",
            "is_before",
            "is_on_or_before",
            "is_between",
            "is_relative_today",
            "is_relative_time",
            "is_empty",
            "is_not_empty",
        )
        and "value" in data
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "name" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFiltersQuery3.from_dict(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and "value" in data
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "name" in data
        and "path" in data
    ):
        try:
            return WorkflowRunQueryRequestFiltersQuery4.from_dict(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and data["operator"]
        in (
            "is",
            "is_not",
            "contains",
            "does_not_contain",
            "starts_with",
            "ends_with",
            "is_empty",
            "is_not_empty",
        )
        and "value" in data
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "name" in data
        and "path" in data
    ):
        try:
            return Filters5.from_dict(data)
        except ValidationError as e:
            e4 = e
    e5: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "options" in data
        and "selectedOptionId" in data
        and "name" in data
        and "path" in data
    ):
        try:
            return Filters6.from_dict(data)
        except ValidationError as e:
            e5 = e
    e6: Optional[ValidationError] = None
    if (
        type(data) is dict
        and "operator" in data
        and data["operator"] == "is"
        and "id" in data
        and "type" in data
        and data["type"]
        in (
            "string",
            "multi-value-array",
            "single-value-array",
            "number",
            "date",
            "object",
            "boolean",
        )
        and "name" in data
        and "path" in data
    ):
        try:
            return Filters7.from_dict(data)
        except ValidationError as e:
            e6 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(WorkflowRunQueryRequestFiltersQuery1.from_dict, data),
            e1 or _rt.error_of(WorkflowRunQueryRequestFiltersQuery2.from_dict, data),
            e2 or _rt.error_of(WorkflowRunQueryRequestFiltersQuery3.from_dict, data),
            e3 or _rt.error_of(WorkflowRunQueryRequestFiltersQuery4.from_dict, data),
            e4 or _rt.error_of(Filters5.from_dict, data),
            e5 or _rt.error_of(Filters6.from_dict, data),
            e6 or _rt.error_of(Filters7.from_dict, data),
        ]
    )


def encode_workflow_run_query_request_query_filters(
    value: WorkflowRunQueryRequestQueryFilters,
) -> Any:
    return value.to_dict()
