"""components models: WorkflowRunQueryRequestFiltersQueryFilters6Operator"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .operator1 import OPERATOR1_VALUES, Operator1, decode_operator1
from .operator2 import OPERATOR2_VALUES, Operator2, decode_operator2
from .operator3 import OPERATOR3_VALUES, Operator3, decode_operator3
from .operator4 import OPERATOR4_VALUES, Operator4, decode_operator4
from .operator5 import OPERATOR5_VALUES, Operator5, decode_operator5

__all__ = [
    "WorkflowRunQueryRequestFiltersQueryFilters6Operator",
    "decode_workflow_run_query_request_filters_query_filters6_operator",
    "encode_workflow_run_query_request_filters_query_filters6_operator",
]


WorkflowRunQueryRequestFiltersQueryFilters6Operator = Union[
    Operator1, Operator2, Operator3, Operator4, Operator5
]


def decode_workflow_run_query_request_filters_query_filters6_operator(
    data: Any,
) -> WorkflowRunQueryRequestFiltersQueryFilters6Operator:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_operator1(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_operator2(data)
        except ValidationError as e:
            e1 = e
    e2: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_operator3(data)
        except ValidationError as e:
            e2 = e
    e3: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_operator4(data)
        except ValidationError as e:
            e3 = e
    e4: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return decode_operator5(data)
        except ValidationError as e:
            e4 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(decode_operator1, data),
            e1 or _rt.error_of(decode_operator2, data),
            e2 or _rt.error_of(decode_operator3, data),
            e3 or _rt.error_of(decode_operator4, data),
            e4 or _rt.error_of(decode_operator5, data),
        ]
    )


def encode_workflow_run_query_request_filters_query_filters6_operator(
    value: WorkflowRunQueryRequestFiltersQueryFilters6Operator,
) -> Any:
    return _rt.encode(value)
