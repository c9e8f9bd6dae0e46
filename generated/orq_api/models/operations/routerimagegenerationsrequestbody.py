"""operations models: RouterImageGenerationsRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .quality import QUALITY_VALUES, Quality, decode_quality
from .responseformat import (
    RESPONSE_FORMAT_VALUES,
    ResponseFormat,
    decode_response_format,
)
from .size import SIZE_VALUES, Size, decode_size

__all__ = ["RouterImageGenerationsRequestBody"]


@dataclass(slots=True, kw_only=True)
class RouterImageGenerationsRequestBody(_rt.Base):
    """A request body that follows the official OpenAI schema"""

    prompt: str
    """The prompt to generate an image"""
    model: Union[str, Unset] = UNSET
    """The model to use for generation"""
    n: Union[float, Unset] = UNSET
    """The number of images to generate"""
    quality: Union[Quality, Unset] = UNSET
    """The quality of the image"""
    response_format: Union[ResponseFormat, Unset] = UNSET
    """The format of the image"""
    size: Union[Size, Unset] = UNSET
    """The size of the image"""
    style: Union[str, Unset] = UNSET
    """The style of the image"""
    user: Union[str, Unset] = UNSET
    """The user who created the image"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterImageGenerationsRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["prompt"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".prompt")
        v1 = data.get("model", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".model")
        v2 = data.get("n", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".n")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".n")
        v3 = data.get("quality", UNSET)
        if v3 is not UNSET:
            if v3.__class__ is not str or v3 not in QUALITY_VALUES:
                raise _rt.enum_error(v3, QUALITY_VALUES).at(".quality")
        v4 = data.get("response_format", UNSET)
        if v4 is not UNSET:
            if v4.__class__ is not str or v4 not in RESPONSE_FORMAT_VALUES:
                raise _rt.enum_error(v4, RESPONSE_FORMAT_VALUES).at(".response_format")
        v5 = data.get("size", UNSET)
        if v5 is not UNSET:
            if v5.__class__ is not str or v5 not in SIZE_VALUES:
                raise _rt.enum_error(v5, SIZE_VALUES).at(".size")
        v6 = data.get("style", UNSET)
        if v6 is not UNSET:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".style")
        v7 = data.get("user", UNSET)
        if v7 is not UNSET:
            if type(v7) is not str:
                raise _rt.type_error("str", v7).at(".user")
        extras: Dict[str, Any] = {}
        if len(data) != (
            1
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_image_generations_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.prompt = v0
        obj.model = v1
        obj.n = v2
        obj.quality = v3
        obj.response_format = v4
        obj.size = v5
        obj.style = v6
        obj.user = v7
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "prompt": self.prompt,
        }
        v1 = self.model
        if v1 is not UNSET:
            out["model"] = v1
        v2 = self.n
        if v2 is not UNSET:
            out["n"] = v2
        v3 = self.quality
        if v3 is not UNSET:
            out["quality"] = v3
        v4 = self.response_format
        if v4 is not UNSET:
            out["response_format"] = v4
        v5 = self.size
        if v5 is not UNSET:
            out["size"] = v5
        v6 = self.style
        if v6 is not UNSET:
            out["style"] = v6
        v7 = self.user
        if v7 is not UNSET:
            out["user"] = v7
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_image_generations_request_body = frozenset(
    {"prompt", "model", "n", "quality", "response_format", "size", "style", "user"}
)
