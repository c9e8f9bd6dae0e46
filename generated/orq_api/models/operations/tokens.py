"""operations models: Tokens"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Tokens"]


@dataclass(slots=True, kw_only=True)
class Tokens(_rt.Base):
    """Tokens"""

    input_tokens: Union[float, Unset] = UNSET
    """The number of tokens used as input to the model."""
    output_tokens: Union[float, Unset] = UNSET
    """The number of tokens produced by the model."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Tokens:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("input_tokens", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".input_tokens")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".input_tokens")
        v1 = data.get("output_tokens", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".output_tokens")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".output_tokens")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_tokens}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.input_tokens = v0
        obj.output_tokens = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.input_tokens
        if v0 is not UNSET:
            out["input_tokens"] = v0
        v1 = self.output_tokens
        if v1 is not UNSET:
            out["output_tokens"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_tokens = frozenset({"input_tokens", "output_tokens"})
