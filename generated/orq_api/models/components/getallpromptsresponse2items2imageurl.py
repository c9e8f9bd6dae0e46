"""components models: GetAllPromptsResponse2Items2ImageUrl"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["GetAllPromptsResponse2Items2ImageUrl"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsResponse2Items2ImageUrl(_rt.Base):
    """GetAllPromptsResponse2Items2ImageUrl"""

    id: Union[str, Unset] = UNSET
    """The orq.ai id of the image"""
    url: str
    """Either a URL of the image or the base64 encoded data URI."""
    detail: Union[str, Unset] = UNSET
    """Specifies the detail level of the image. Currently only supported with OpenAI models"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsResponse2Items2ImageUrl:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("id", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".url")
        v2 = data.get("detail", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".detail")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_get_all_prompts_response2_items2_image_url
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.url = v1
        obj.detail = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "url": self.url,
        }
        v0 = self.id
        if v0 is not UNSET:
            out["id"] = v0
        v2 = self.detail
        if v2 is not UNSET:
            out["detail"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_all_prompts_response2_items2_image_url = frozenset({"id", "url", "detail"})
