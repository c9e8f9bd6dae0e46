"""operations models: RouterChatCompletionsResponseBodyUsage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RouterChatCompletionsResponseBodyUsage"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletionsResponseBodyUsage(_rt.Base):
    """Usage statistics for the completion request."""

    completion_tokens: Union[float, Unset] = UNSET
    """Number of tokens in the generated completion."""
    prompt_tokens: Union[float, Unset] = UNSET
    """Number of tokens in the prompt."""
    total_tokens: Union[float, Unset] = UNSET
    """Total number of tokens used in the request (prompt + completion)."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterChatCompletionsResponseBodyUsage:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("completion_tokens", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".completion_tokens")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".completion_tokens")
        v1 = data.get("prompt_tokens", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".prompt_tokens")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".prompt_tokens")
        v2 = data.get("total_tokens", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".total_tokens")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".total_tokens")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_chat_completions_response_body_usage
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.completion_tokens = v0
        obj.prompt_tokens = v1
        obj.total_tokens = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.completion_tokens
        if v0 is not UNSET:
            out["completion_tokens"] = v0
        v1 = self.prompt_tokens
        if v1 is not UNSET:
            out["prompt_tokens"] = v1
        v2 = self.total_tokens
        if v2 is not UNSET:
            out["total_tokens"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions_response_body_usage = frozenset(
    {"completion_tokens", "prompt_tokens", "total_tokens"}
)
