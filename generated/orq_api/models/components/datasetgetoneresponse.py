"""components models: DatasetGetOneResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .created import Created, decode_created, encode_created
from .items import Items
from .updated import Updated, decode_updated, encode_updated
from .updatedby import UpdatedBy

__all__ = ["DatasetGetOneResponse"]


@dataclass(slots=True, kw_only=True)
class DatasetGetOneResponse(_rt.Base):
    """Returned dataset model from the API"""

    id: str
    display_name: str
    """Name of the dataset"""
    domain_id: str
    """Domain ID reference"""
    updated_by: UpdatedBy
    """User model returned from the API"""
    updated_by_id: Optional[str]
    """The user who last updated the dataset"""
    items: List[Items]
    created: Union[Created, Unset] = UNSET
    """The date and time the resource was created"""
    updated: Union[Updated, Unset] = UNSET
    """The date and time the resource was last updated"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetGetOneResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["display_name"]
            v2 = data["domain_id"]
            v3 = data["updated_by"]
            v4 = data["updated_by_id"]
            v5 = data["items"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".display_name")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".domain_id")
        try:
            v3 = UpdatedBy.from_dict(v3)
        except ValidationError as e:
            raise e.at(".updated_by")
        except RecursionError:
            raise _rt.too_deep().at(".updated_by") from None
        if v4 is not None:
            if type(v4) is not str:
                raise _rt.type_error("str", v4).at(".updated_by_id")
        try:
            v5 = _rt.d_list(v5, Items.from_dict)
        except ValidationError as e:
            raise e.at(".items")
        except RecursionError:
            raise _rt.too_deep().at(".items") from None
        v6 = data.get("created", UNSET)
        if v6 is not UNSET:
            try:
                v6 = decode_created(v6)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        v7 = data.get("updated", UNSET)
        if v7 is not UNSET:
            try:
                v7 = decode_updated(v7)
            except ValidationError as e:
                raise e.at(".updated")
            except RecursionError:
                raise _rt.too_deep().at(".updated") from None
        extras: Dict[str, Any] = {}
        if len(data) != 6 + (v6 is not UNSET) + (v7 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_dataset_get_one_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.display_name = v1
        obj.domain_id = v2
        obj.updated_by = v3
        obj.updated_by_id = v4
        obj.items = v5
        obj.created = v6
        obj.updated = v7
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "display_name": self.display_name,
            "domain_id": self.domain_id,
            "updated_by": self.updated_by.to_dict(),
            "updated_by_id": self.updated_by_id,
            "items": [x0.to_dict() for x0 in self.items],
        }
        v6 = self.created
        if v6 is not UNSET:
            out["created"] = encode_created(v6)
        v7 = self.updated
        if v7 is not UNSET:
            out["updated"] = encode_updated(v7)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_get_one_response = frozenset(
    {
        "id",
        "display_name",
        "domain_id",
        "updated_by",
        "updated_by_id",
        "items",
        "created",
        "updated",
    }
)
