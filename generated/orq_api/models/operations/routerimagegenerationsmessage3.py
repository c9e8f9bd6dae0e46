"""operations models: RouterImageGenerationsMessage3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerimagegenerationsmessagerouterimagesresponserole import (
    ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES,
    RouterImageGenerationsMessageRouterImagesResponseRole,
    decode_router_image_generations_message_router_images_response_role,
)
from .routerimagegenerationsmessagetoolcalls import (
    RouterImageGenerationsMessageToolCalls,
)

__all__ = ["RouterImageGenerationsMessage3"]


@dataclass(slots=True, kw_only=True)
class RouterImageGenerationsMessage3(_rt.Base):
    """RouterImageGenerationsMessage3"""

    role: RouterImageGenerationsMessageRouterImagesResponseRole
    """The role of the prompt message"""
    tool_calls: List[RouterImageGenerationsMessageToolCalls]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterImageGenerationsMessage3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["tool_calls"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES
        ):
            raise _rt.enum_error(
                v0, ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_RESPONSE_ROLE_VALUES
            ).at(".role")
        try:
            v1 = _rt.d_list(v1, RouterImageGenerationsMessageToolCalls.from_dict)
        except ValidationError as e:
            raise e.at(".tool_calls")
        except RecursionError:
            raise _rt.too_deep().at(".tool_calls") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_image_generations_message3
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.tool_calls = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "tool_calls": [x0.to_dict() for x0 in self.tool_calls],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_image_generations_message3 = frozenset({"role", "tool_calls"})
