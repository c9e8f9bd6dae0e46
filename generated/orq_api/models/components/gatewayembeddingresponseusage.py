"""components models: GatewayEmbeddingResponseUsage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["GatewayEmbeddingResponseUsage"]


@dataclass(slots=True, kw_only=True)
class GatewayEmbeddingResponseUsage(_rt.Base):
    """GatewayEmbeddingResponseUsage"""

    prompt_tokens: float
    total_tokens: float
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GatewayEmbeddingResponseUsage:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["prompt_tokens"]
            v1 = data["total_tokens"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".prompt_tokens")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".prompt_tokens")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".total_tokens")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".total_tokens")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_gateway_embedding_response_usage
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.prompt_tokens = v0
        obj.total_tokens = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "prompt_tokens": self.prompt_tokens,
            "total_tokens": self.total_tokens,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_gateway_embedding_response_usage = frozenset({"prompt_tokens", "total_tokens"})
