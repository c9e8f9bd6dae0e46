"""components models: Items1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .itemscreated import ItemsCreated, decode_items_created, encode_items_created
from .itemsmetadata import ItemsMetadata
from .itemspromptconfig import ItemsPromptConfig
from .itemstype import ITEMS_TYPE_VALUES, ItemsType, decode_items_type
from .itemsupdated import ItemsUpdated, decode_items_updated, encode_items_updated
from .owner import Owner, decode_owner, encode_owner
from .versions import Versions

__all__ = ["Items1"]


@dataclass(slots=True, kw_only=True)
class Items1(_rt.Base):
    """Prompt model returned from the API"""

    id: str
    owner: Owner
    domain_id: str
    created_by_id: str
    display_name: str
    updated_by_id: str
    description: Union[Optional[str], Unset] = UNSET
    prompt_config: ItemsPromptConfig
    metadata: ItemsMetadata
    created: Union[ItemsCreated, Unset] = UNSET
    """The date and time the resource was created"""
    updated: Union[ItemsUpdated, Unset] = UNSET
    """The date and time the resource was last updated"""
    versions: List[Versions]
    type: ItemsType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Items1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["owner"]
            v2 = data["domain_id"]
            v3 = data["created_by_id"]
            v4 = data["display_name"]
            v5 = data["updated_by_id"]
            v7 = data["prompt_config"]
            v8 = data["metadata"]
            v11 = data["versions"]
            v12 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        try:
            v1 = decode_owner(v1)
        except ValidationError as e:
            raise e.at(".owner")
        except RecursionError:
            raise _rt.too_deep().at(".owner") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".domain_id")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".created_by_id")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".display_name")
        if type(v5) is not str:
            raise _rt.type_error("str", v5).at(".updated_by_id")
        v6 = data.get("description", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".description")
        try:
            v7 = ItemsPromptConfig.from_dict(v7)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v8 = ItemsMetadata.from_dict(v8)
        except ValidationError as e:
            raise e.at(".metadata")
        except RecursionError:
            raise _rt.too_deep().at(".metadata") from None
        v9 = data.get("created", UNSET)
        if v9 is not UNSET:
            try:
                v9 = decode_items_created(v9)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        v10 = data.get("updated", UNSET)
        if v10 is not UNSET:
            try:
                v10 = decode_items_updated(v10)
            except ValidationError as e:
                raise e.at(".updated")
            except RecursionError:
                raise _rt.too_deep().at(".updated") from None
        try:
            v11 = _rt.d_list(v11, Versions.from_dict)
        except ValidationError as e:
            raise e.at(".versions")
        except RecursionError:
            raise _rt.too_deep().at(".versions") from None
        if v12.__class__ is not str or v12 not in ITEMS_TYPE_VALUES:
            raise _rt.enum_error(v12, ITEMS_TYPE_VALUES).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 10 + (v6 is not UNSET) + (v9 is not UNSET) + (v10 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_items1}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.owner = v1
        obj.domain_id = v2
        obj.created_by_id = v3
        obj.display_name = v4
        obj.updated_by_id = v5
        obj.description = v6
        obj.prompt_config = v7
        obj.metadata = v8
        obj.created = v9
        obj.updated = v10
        obj.versions = v11
        obj.type = v12  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "owner": encode_owner(self.owner),
            "domain_id": self.domain_id,
            "created_by_id": self.created_by_id,
            "display_name": self.display_name,
            "updated_by_id": self.updated_by_id,
            "prompt_config": self.prompt_config.to_dict(),
            "metadata": self.metadata.to_dict(),
            "versions": [x0.to_dict() for x0 in self.versions],
            "type": self.type,
        }
        v6 = self.description
        if v6 is not UNSET:
            out["description"] = v6
        v9 = self.created
        if v9 is not UNSET:
            out["created"] = encode_items_created(v9)
        v10 = self.updated
        if v10 is not UNSET:
            out["updated"] = encode_items_updated(v10)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_items1 = frozenset(
    {
        "_id",
        "owner",
        "domain_id",
        "created_by_id",
        "display_name",
        "updated_by_id",
        "description",
        "prompt_config",
        "metadata",
        "created",
        "updated",
        "versions",
        "type",
    }
)
