"""components models: DatasetRowPaginatedGetResponse2ItemsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_PAGINATED_GET_RESPONSE2_ITEMS_TYPE_VALUES",
    "DatasetRowPaginatedGetResponse2ItemsType",
    "decode_dataset_row_paginated_get_response2_items_type",
]


DatasetRowPaginatedGetResponse2ItemsType = Literal["image_url"]


DATASET_ROW_PAGINATED_GET_RESPONSE2_ITEMS_TYPE_VALUES = frozenset(("image_url",))


def decode_dataset_row_paginated_get_response2_items_type(
    data: Any,
) -> DatasetRowPaginatedGetResponse2ItemsType:
    if (
        data.__class__ is str
        and data in DATASET_ROW_PAGINATED_GET_RESPONSE2_ITEMS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_PAGINATED_GET_RESPONSE2_ITEMS_TYPE_VALUES)
