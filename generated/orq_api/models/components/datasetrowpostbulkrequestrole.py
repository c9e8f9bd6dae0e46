"""components models: DatasetRowPostBulkRequestRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_POST_BULK_REQUEST_ROLE_VALUES",
    "DatasetRowPostBulkRequestRole",
    "decode_dataset_row_post_bulk_request_role",
]


DatasetRowPostBulkRequestRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


DATASET_ROW_POST_BULK_REQUEST_ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


def decode_dataset_row_post_bulk_request_role(
    data: Any,
) -> DatasetRowPostBulkRequestRole:
    if data.__class__ is str and data in DATASET_ROW_POST_BULK_REQUEST_ROLE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_POST_BULK_REQUEST_ROLE_VALUES)
