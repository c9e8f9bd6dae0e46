"""components models: DatasetRowGetResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowgetresponsecreated import (
    DatasetRowGetResponseCreated,
    decode_dataset_row_get_response_created,
    encode_dataset_row_get_response_created,
)
from .datasetrowgetresponsemessages import DatasetRowGetResponseMessages
from .datasetrowgetresponseupdated import (
    DatasetRowGetResponseUpdated,
    decode_dataset_row_get_response_updated,
    encode_dataset_row_get_response_updated,
)

__all__ = ["DatasetRowGetResponse"]


@dataclass(slots=True, kw_only=True)
class DatasetRowGetResponse(_rt.Base):
    """Returned dataset row model from the API."""

    id: str
    messages: List[DatasetRowGetResponseMessages]
    """Input message(s) of the dataset row"""
    expected_output: Union[Optional[str], Unset] = UNSET
    """Reference of the dataset row"""
    created: Union[DatasetRowGetResponseCreated, Unset] = UNSET
    """The date and time the resource was created"""
    updated: Union[DatasetRowGetResponseUpdated, Unset] = UNSET
    """The date and time the resource was last updated"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRowGetResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = _rt.d_list(v1, DatasetRowGetResponseMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        v2 = data.get("expected_output", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".expected_output")
        v3 = data.get("created", UNSET)
        if v3 is not UNSET:
            try:
                v3 = decode_dataset_row_get_response_created(v3)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        v4 = data.get("updated", UNSET)
        if v4 is not UNSET:
            try:
                v4 = decode_dataset_row_get_response_updated(v4)
            except ValidationError as e:
                raise e.at(".updated")
            except RecursionError:
                raise _rt.too_deep().at(".updated") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET) + (v4 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_dataset_row_get_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.messages = v1
        obj.expected_output = v2
        obj.created = v3
        obj.updated = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        v2 = self.expected_output
        if v2 is not UNSET:
            out["expected_output"] = v2
        v3 = self.created
        if v3 is not UNSET:
            out["created"] = encode_dataset_row_get_response_created(v3)
        v4 = self.updated
        if v4 is not UNSET:
            out["updated"] = encode_dataset_row_get_response_updated(v4)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_row_get_response = frozenset(
    {"id", "messages", "expected_output", "created", "updated"}
)
