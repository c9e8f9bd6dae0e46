"""components models: DatasetRowPatchResponse2MessagesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DATASET_ROW_PATCH_RESPONSE2_MESSAGES_TYPE_VALUES",
    "DatasetRowPatchResponse2MessagesType",
    "decode_dataset_row_patch_response2_messages_type",
]


DatasetRowPatchResponse2MessagesType = Literal["image_url"]


DATASET_ROW_PATCH_RESPONSE2_MESSAGES_TYPE_VALUES = frozenset(("image_url",))


def decode_dataset_row_patch_response2_messages_type(
    data: Any,
) -> DatasetRowPatchResponse2MessagesType:
    if (
        data.__class__ is str
        and data in DATASET_ROW_PATCH_RESPONSE2_MESSAGES_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DATASET_ROW_PATCH_RESPONSE2_MESSAGES_TYPE_VALUES)
