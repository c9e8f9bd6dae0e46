"""components models: Usage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Usage"]


@dataclass(slots=True, kw_only=True)
class Usage(_rt.Base):
    """Usage statistics to add to the deployment"""

    prompt_tokens: float
    """Number of tokens in the prompt."""
    completion_tokens: float
    """Number of tokens in the generated completion."""
    total_tokens: Union[float, Unset] = UNSET
    """Total number of tokens used in the request (prompt + completion)."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Usage:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["prompt_tokens"]
            v1 = data["completion_tokens"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".prompt_tokens")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".prompt_tokens")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".completion_tokens")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".completion_tokens")
        v2 = data.get("total_tokens", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".total_tokens")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".total_tokens")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_usage}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.prompt_tokens = v0
        obj.completion_tokens = v1
        obj.total_tokens = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
        }
        v2 = self.total_tokens
        if v2 is not UNSET:
            out["total_tokens"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_usage = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})
