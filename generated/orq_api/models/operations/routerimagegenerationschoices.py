"""operations models: RouterImageGenerationsChoices"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerimagegenerationsmessage import (
    RouterImageGenerationsMessage,
    decode_router_image_generations_message,
    encode_router_image_generations_message,
)

__all__ = ["RouterImageGenerationsChoices"]


@dataclass(slots=True, kw_only=True)
class RouterImageGenerationsChoices(_rt.Base):
    """RouterImageGenerationsChoices"""

    finish_reason: Union[Optional[str], Unset] = UNSET
    """The reason for finishing the generation"""
    index: float
    """The index of the choice in the list of choices."""
    message: Union[RouterImageGenerationsMessage, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterImageGenerationsChoices:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["index"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("finish_reason", UNSET)
        if v0 is not UNSET and v0 is not None:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".finish_reason")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".index")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".index")
        v2 = data.get("message", UNSET)
        if v2 is not UNSET:
            try:
                v2 = decode_router_image_generations_message(v2)
            except ValidationError as e:
                raise e.at(".message")
            except RecursionError:
                raise _rt.too_deep().at(".message") from None
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v0 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_image_generations_choices
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.finish_reason = v0
        obj.index = v1
        obj.message = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "index": self.index,
        }
        v0 = self.finish_reason
        if v0 is not UNSET:
            out["finish_reason"] = v0
        v2 = self.message
        if v2 is not UNSET:
            out["message"] = encode_router_image_generations_message(v2)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_image_generations_choices = frozenset(
    {"finish_reason", "index", "message"}
)
