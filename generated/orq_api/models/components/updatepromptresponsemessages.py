"""components models: UpdatePromptResponseMessages"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponsecontent import (
    UpdatePromptResponseContent,
    decode_update_prompt_response_content,
    encode_update_prompt_response_content,
)
from .updatepromptresponserole import (
    UPDATE_PROMPT_RESPONSE_ROLE_VALUES,
    UpdatePromptResponseRole,
    decode_update_prompt_response_role,
)
from .updatepromptresponsetoolcalls import UpdatePromptResponseToolCalls

__all__ = ["UpdatePromptResponseMessages"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptResponseMessages(_rt.Base):
    """UpdatePromptResponseMessages"""

    role: UpdatePromptResponseRole
    """The role of the prompt message"""
    content: UpdatePromptResponseContent
    """The contents of the user message. Either the text content of the message or an array of content parts with a defined type, each can be of type `text` or `image_url` when passing in images. You can pass multiple images by adding multiple `image_url` content parts."""
    tool_calls: Union[List[UpdatePromptResponseToolCalls], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptResponseMessages:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["content"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in UPDATE_PROMPT_RESPONSE_ROLE_VALUES:
            raise _rt.enum_error(v0, UPDATE_PROMPT_RESPONSE_ROLE_VALUES).at(".role")
        try:
            v1 = decode_update_prompt_response_content(v1)
        except ValidationError as e:
            raise e.at(".content")
        except RecursionError:
            raise _rt.too_deep().at(".content") from None
        v2 = data.get("tool_calls", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, UpdatePromptResponseToolCalls.from_dict)
            except ValidationError as e:
                raise e.at(".tool_calls")
            except RecursionError:
                raise _rt.too_deep().at(".tool_calls") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_prompt_response_messages
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.content = v1
        obj.tool_calls = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "content": encode_update_prompt_response_content(self.content),
        }
        v2 = self.tool_calls
        if v2 is not UNSET:
            out["tool_calls"] = [x0.to_dict() for x0 in v2]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_prompt_response_messages = frozenset({"role", "content", "tool_calls"})
