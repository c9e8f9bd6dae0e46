"""components models: DatasetRowPostResponse21"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpostresponse2type import (
    DATASET_ROW_POST_RESPONSE2_TYPE_VALUES,
    DatasetRowPostResponse2Type,
    decode_dataset_row_post_response2_type,
)

__all__ = ["DatasetRowPostResponse21"]


@dataclass(slots=True, kw_only=True)
class DatasetRowPostResponse21(_rt.Base):
    """Text content part of a prompt message"""

    type: DatasetRowPostResponse2Type
    text: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRowPostResponse21:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["text"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in DATASET_ROW_POST_RESPONSE2_TYPE_VALUES:
            raise _rt.enum_error(v0, DATASET_ROW_POST_RESPONSE2_TYPE_VALUES).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".text")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_dataset_row_post_response21
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.text = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "text": self.text,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_row_post_response21 = frozenset({"type", "text"})
