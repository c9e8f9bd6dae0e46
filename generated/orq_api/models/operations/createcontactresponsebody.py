"""operations models: CreateContactResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .created import Created, decode_created, encode_created
from .updated import Updated, decode_updated, encode_updated

__all__ = ["CreateContactResponseBody"]


@dataclass(slots=True, kw_only=True)
class CreateContactResponseBody(_rt.Base):
    """Successful operation"""

    id: str
    """Unique ULID (Universally Unique Lexicographically Sortable Identifier) for the user"""
    external_id: str
    """Unique string value to identify the contact user in the customer's system"""
    display_name: Union[Optional[str], Unset] = UNSET
    """Display name or nickname of the user"""
    email: Union[Optional[str], Unset] = UNSET
    """Email address of the user"""
    avatar_url: Union[Optional[str], Unset] = UNSET
    """URL linking to the user's avatar image"""
    tags: Union[List[str], Unset] = UNSET
    """Array of UUIDs representing tags associated with the user"""
    metadata: Union[Dict[str, Any], Unset] = UNSET
    """Additional custom metadata associated with the user as key-value pairs"""
    created: Union[Created, Unset] = UNSET
    """The date and time the resource was created"""
    updated: Union[Updated, Unset] = UNSET
    """The date and time the resource was last updated"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> CreateContactResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["external_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".external_id")
        v2 = data.get("display_name", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".display_name")
        v3 = data.get("email", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".email")
        v4 = data.get("avatar_url", UNSET)
        if v4 is not UNSET and v4 is not None:
            if type(v4) is not str:
                raise _rt.type_error("str", v4).at(".avatar_url")
        v5 = data.get("tags", UNSET)
        if v5 is not UNSET:
            try:
                v5 = _rt.d_list(v5, _rt.d_str)
            except ValidationError as e:
                raise e.at(".tags")
            except RecursionError:
                raise _rt.too_deep().at(".tags") from None
        v6 = data.get("metadata", UNSET)
        if v6 is not UNSET:
            try:
                v6 = _rt.d_map(v6, _rt.d_any)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        v7 = data.get("created", UNSET)
        if v7 is not UNSET:
            try:
                v7 = decode_created(v7)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        v8 = data.get("updated", UNSET)
        if v8 is not UNSET:
            try:
                v8 = decode_updated(v8)
            except ValidationError as e:
                raise e.at(".updated")
            except RecursionError:
                raise _rt.too_deep().at(".updated") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            2
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
            + (v8 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_create_contact_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.external_id = v1
        obj.display_name = v2
        obj.email = v3
        obj.avatar_url = v4
        obj.tags = v5
        obj.metadata = v6
        obj.created = v7
        obj.updated = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "external_id": self.external_id,
        }
        v2 = self.display_name
        if v2 is not UNSET:
            out["display_name"] = v2
        v3 = self.email
        if v3 is not UNSET:
            out["email"] = v3
        v4 = self.avatar_url
        if v4 is not UNSET:
            out["avatar_url"] = v4
        v5 = self.tags
        if v5 is not UNSET:
            out["tags"] = list(v5)
        v6 = self.metadata
        if v6 is not UNSET:
            out["metadata"] = dict(v6)
        v7 = self.created
        if v7 is not UNSET:
            out["created"] = encode_created(v7)
        v8 = self.updated
        if v8 is not UNSET:
            out["updated"] = encode_updated(v8)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_create_contact_response_body = frozenset(
    {
        "id",
        "external_id",
        "display_name",
        "email",
        "avatar_url",
        "tags",
        "metadata",
        "created",
        "updated",
    }
)
