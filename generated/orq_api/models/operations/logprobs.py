"""operations models: Logprobs"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .refusal import Refusal
from .responsebodycontent import ResponseBodyContent

__all__ = ["Logprobs"]


@dataclass(slots=True, kw_only=True)
class Logprobs(_rt.Base):
    """Log probability information for the choice."""

    content: Optional[List[ResponseBodyContent]]
    """A list of message content tokens with log probability information."""
    refusal: Optional[List[Refusal]]
    """A list of message refusal tokens with log probability information."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Logprobs:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["content"]
            v1 = data["refusal"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0 is not None:
            try:
                v0 = _rt.d_list(v0, ResponseBodyContent.from_dict)
            except ValidationError as e:
                raise e.at(".content")
            except RecursionError:
                raise _rt.too_deep().at(".content") from None
        if v1 is not None:
            try:
                v1 = _rt.d_list(v1, Refusal.from_dict)
            except ValidationError as e:
                raise e.at(".refusal")
            except RecursionError:
                raise _rt.too_deep().at(".refusal") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_logprobs}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.content = v0
        obj.refusal = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "content": (
                None if self.content is None else [x0.to_dict() for x0 in self.content]
            ),
            "refusal": (
                None if self.refusal is None else [x0.to_dict() for x0 in self.refusal]
            ),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_logprobs = frozenset({"content", "refusal"})
