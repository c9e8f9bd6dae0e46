"""operations models: RouterChatCompletionsRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .routerchatcompletionsmessages import (
    RouterChatCompletionsMessages,
    decode_router_chat_completions_messages,
    encode_router_chat_completions_messages,
)
from .tools import Tools

__all__ = ["RouterChatCompletionsRequestBody"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletionsRequestBody(_rt.Base):
    """Creates a model response for the given chat conversation."""

    model: str
    """ID of the model to use"""
    messages: List[RouterChatCompletionsMessages]
    """A list of messages comprising the conversation so far."""
    frequency_penalty: Union[Optional[float], Unset] = UNSET
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim."""
    max_tokens: Union[Optional[float], Unset] = UNSET
    """The maximum number of tokens that can be generated in the chat completion."""
    presence_penalty: Union[Optional[float], Unset] = UNSET
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics."""
    seed: Union[Optional[float], Unset] = UNSET
    """If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same seed and parameters should return the same result."""
    stream: Union[Optional[bool], Unset] = UNSET
    """If set, partial message deltas will be sent, like in ChatGPT."""
    temperature: Union[Optional[float], Unset] = UNSET
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""
    top_p: Union[Optional[float], Unset] = UNSET
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    tools: Union[List[Tools], Unset] = UNSET
    """A list of tools the model may call."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterChatCompletionsRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["model"]
            v1 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".model")
        try:
            v1 = _rt.d_list(v1, decode_router_chat_completions_messages)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        v2 = data.get("frequency_penalty", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".frequency_penalty")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".frequency_penalty")
        v3 = data.get("max_tokens", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".max_tokens")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".max_tokens")
        v4 = data.get("presence_penalty", UNSET)
        if v4 is not UNSET and v4 is not None:
            if type(v4) is not float:
                if type(v4) is not int:
                    raise _rt.type_error("float", v4).at(".presence_penalty")
            elif v4 - v4 != 0.0:
                raise _rt.not_finite(v4).at(".presence_penalty")
        v5 = data.get("seed", UNSET)
        if v5 is not UNSET and v5 is not None:
            if type(v5) is not float:
                if type(v5) is not int:
                    raise _rt.type_error("float", v5).at(".seed")
            elif v5 - v5 != 0.0:
                raise _rt.not_finite(v5).at(".seed")
        v6 = data.get("stream", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not bool:
                raise _rt.type_error("bool", v6).at(".stream")
        v7 = data.get("temperature", UNSET)
        if v7 is not UNSET and v7 is not None:
            if type(v7) is not float:
                if type(v7) is not int:
                    raise _rt.type_error("float", v7).at(".temperature")
            elif v7 - v7 != 0.0:
                raise _rt.not_finite(v7).at(".temperature")
        v8 = data.get("top_p", UNSET)
        if v8 is not UNSET and v8 is not None:
            if type(v8) is not float:
                if type(v8) is not int:
                    raise _rt.type_error("float", v8).at(".top_p")
            elif v8 - v8 != 0.0:
                raise _rt.not_finite(v8).at(".top_p")
        v9 = data.get("tools", UNSET)
        if v9 is not UNSET:
            try:
                v9 = _rt.d_list(v9, Tools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
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
            + (v9 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_chat_completions_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.model = v0
        obj.messages = v1
        obj.frequency_penalty = v2
        obj.max_tokens = v3
        obj.presence_penalty = v4
        obj.seed = v5
        obj.stream = v6
        obj.temperature = v7
        obj.top_p = v8
        obj.tools = v9
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "model": self.model,
            "messages": [
                encode_router_chat_completions_messages(x0) for x0 in self.messages
            ],
        }
        v2 = self.frequency_penalty
        if v2 is not UNSET:
            out["frequency_penalty"] = v2
        v3 = self.max_tokens
        if v3 is not UNSET:
            out["max_tokens"] = v3
        v4 = self.presence_penalty
        if v4 is not UNSET:
            out["presence_penalty"] = v4
        v5 = self.seed
        if v5 is not UNSET:
            out["seed"] = v5
        v6 = self.stream
        if v6 is not UNSET:
            out["stream"] = v6
        v7 = self.temperature
        if v7 is not UNSET:
            out["temperature"] = v7
        v8 = self.top_p
        if v8 is not UNSET:
            out["top_p"] = v8
        v9 = self.tools
        if v9 is not UNSET:
            out["tools"] = [x0.to_dict() for x0 in v9]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions_request_body = frozenset(
    {
        "model",
        "messages",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "seed",
        "stream",
        "temperature",
        "top_p",
        "tools",
    }
)
