"""operations models: RouterCompletionsRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompt import Prompt, decode_prompt, encode_prompt
from .stop import Stop, decode_stop, encode_stop

__all__ = ["RouterCompletionsRequestBody"]


@dataclass(slots=True, kw_only=True)
class RouterCompletionsRequestBody(_rt.Base):
    """A request body that follows the official OpenAI schema"""

    model: str
    """ID of the model to use"""
    prompt: Prompt
    """The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays."""
    echo: Union[Optional[bool], Unset] = UNSET
    """Echo back the prompt in addition to the completion"""
    frequency_penalty: Union[Optional[float], Unset] = UNSET
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim."""
    max_tokens: Union[Optional[float], Unset] = UNSET
    """The maximum number of tokens that can be generated in the completion."""
    presence_penalty: Union[Optional[float], Unset] = UNSET
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics."""
    seed: Union[Optional[float], Unset] = UNSET
    """If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same seed and parameters should return the same result."""
    stop: Union[Optional[Stop], Unset] = UNSET
    """Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence."""
    stream: Union[Optional[bool], Unset] = UNSET
    """Whether to stream back partial progress."""
    temperature: Union[Optional[float], Unset] = UNSET
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic."""
    top_p: Union[Optional[float], Unset] = UNSET
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered."""
    user: Union[str, Unset] = UNSET
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterCompletionsRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["model"]
            v1 = data["prompt"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".model")
        try:
            v1 = decode_prompt(v1)
        except ValidationError as e:
            raise e.at(".prompt")
        except RecursionError:
            raise _rt.too_deep().at(".prompt") from None
        v2 = data.get("echo", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not bool:
                raise _rt.type_error("bool", v2).at(".echo")
        v3 = data.get("frequency_penalty", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".frequency_penalty")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".frequency_penalty")
        v4 = data.get("max_tokens", UNSET)
        if v4 is not UNSET and v4 is not None:
            if type(v4) is not float:
                if type(v4) is not int:
                    raise _rt.type_error("float", v4).at(".max_tokens")
            elif v4 - v4 != 0.0:
                raise _rt.not_finite(v4).at(".max_tokens")
        v5 = data.get("presence_penalty", UNSET)
        if v5 is not UNSET and v5 is not None:
            if type(v5) is not float:
                if type(v5) is not int:
                    raise _rt.type_error("float", v5).at(".presence_penalty")
            elif v5 - v5 != 0.0:
                raise _rt.not_finite(v5).at(".presence_penalty")
        v6 = data.get("seed", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not float:
                if type(v6) is not int:
                    raise _rt.type_error("float", v6).at(".seed")
            elif v6 - v6 != 0.0:
                raise _rt.not_finite(v6).at(".seed")
        v7 = data.get("stop", UNSET)
        if v7 is not UNSET and v7 is not None:
            try:
                v7 = decode_stop(v7)
            except ValidationError as e:
                raise e.at(".stop")
            except RecursionError:
                raise _rt.too_deep().at(".stop") from None
        v8 = data.get("stream", UNSET)
        if v8 is not UNSET and v8 is not None:
            if type(v8) is not bool:
                raise _rt.type_error("bool", v8).at(".stream")
        v9 = data.get("temperature", UNSET)
        if v9 is not UNSET and v9 is not None:
            if type(v9) is not float:
                if type(v9) is not int:
                    raise _rt.type_error("float", v9).at(".temperature")
            elif v9 - v9 != 0.0:
                raise _rt.not_finite(v9).at(".temperature")
        v10 = data.get("top_p", UNSET)
        if v10 is not UNSET and v10 is not None:
            if type(v10) is not float:
                if type(v10) is not int:
                    raise _rt.type_error("float", v10).at(".top_p")
            elif v10 - v10 != 0.0:
                raise _rt.not_finite(v10).at(".top_p")
        v11 = data.get("user", UNSET)
        if v11 is not UNSET:
            if type(v11) is not str:
                raise _rt.type_error("str", v11).at(".user")
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
            + (v10 is not UNSET)
            + (v11 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_completions_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.model = v0
        obj.prompt = v1
        obj.echo = v2
        obj.frequency_penalty = v3
        obj.max_tokens = v4
        obj.presence_penalty = v5
        obj.seed = v6
        obj.stop = v7
        obj.stream = v8
        obj.temperature = v9
        obj.top_p = v10
        obj.user = v11
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "model": self.model,
            "prompt": encode_prompt(self.prompt),
        }
        v2 = self.echo
        if v2 is not UNSET:
            out["echo"] = v2
        v3 = self.frequency_penalty
        if v3 is not UNSET:
            out["frequency_penalty"] = v3
        v4 = self.max_tokens
        if v4 is not UNSET:
            out["max_tokens"] = v4
        v5 = self.presence_penalty
        if v5 is not UNSET:
            out["presence_penalty"] = v5
        v6 = self.seed
        if v6 is not UNSET:
            out["seed"] = v6
        v7 = self.stop
        if v7 is not UNSET:
            out["stop"] = None if v7 is None else encode_stop(v7)
        v8 = self.stream
        if v8 is not UNSET:
            out["stream"] = v8
        v9 = self.temperature
        if v9 is not UNSET:
            out["temperature"] = v9
        v10 = self.top_p
        if v10 is not UNSET:
            out["top_p"] = v10
        v11 = self.user
        if v11 is not UNSET:
            out["user"] = v11
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_completions_request_body = frozenset(
    {
        "model",
        "prompt",
        "echo",
        "frequency_penalty",
        "max_tokens",
        "presence_penalty",
        "seed",
        "stop",
        "stream",
        "temperature",
        "top_p",
        "user",
    }
)
