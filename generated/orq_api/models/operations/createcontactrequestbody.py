"""operations models: CreateContactRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["CreateContactRequestBody"]


@dataclass(slots=True, kw_only=True)
class CreateContactRequestBody(_rt.Base):
    """Update user information payload"""

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
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> CreateContactRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["external_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".external_id")
        v1 = data.get("display_name", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".display_name")
        v2 = data.get("email", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".email")
        v3 = data.get("avatar_url", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".avatar_url")
        v4 = data.get("tags", UNSET)
        if v4 is not UNSET:
            try:
                v4 = _rt.d_list(v4, _rt.d_str)
            except ValidationError as e:
                raise e.at(".tags")
            except RecursionError:
                raise _rt.too_deep().at(".tags") from None
        v5 = data.get("metadata", UNSET)
        if v5 is not UNSET:
            try:
                v5 = _rt.d_map(v5, _rt.d_any)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            1
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_create_contact_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.external_id = v0
        obj.display_name = v1
        obj.email = v2
        obj.avatar_url = v3
        obj.tags = v4
        obj.metadata = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "external_id": self.external_id,
        }
        v1 = self.display_name
        if v1 is not UNSET:
            out["display_name"] = v1
        v2 = self.email
        if v2 is not UNSET:
            out["email"] = v2
        v3 = self.avatar_url
        if v3 is not UNSET:
            out["avatar_url"] = v3
        v4 = self.tags
        if v4 is not UNSET:
            out["tags"] = list(v4)
        v5 = self.metadata
        if v5 is not UNSET:
            out["metadata"] = dict(v5)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_create_contact_request_body = frozenset(
    {"external_id", "display_name", "email", "avatar_url", "tags", "metadata"}
)
