"""operations models: RouterCompletionsChoices"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .finishreason import FINISH_REASON_VALUES, FinishReason, decode_finish_reason

__all__ = ["RouterCompletionsChoices"]


@dataclass(slots=True, kw_only=True)
class RouterCompletionsChoices(_rt.Base):
    """RouterCompletionsChoices"""

    finish_reason: FinishReason
    """The reason the model stopped generating tokens."""
    index: float
    """The index of the choice in the list of choices."""
    text: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterCompletionsChoices:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["finish_reason"]
            v1 = data["index"]
            v2 = data["text"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in FINISH_REASON_VALUES:
            raise _rt.enum_error(v0, FINISH_REASON_VALUES).at(".finish_reason")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".index")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".index")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".text")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_completions_choices
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.finish_reason = v0  # type: ignore[assignment]
        obj.index = v1
        obj.text = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "finish_reason": self.finish_reason,
            "index": self.index,
            "text": self.text,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_completions_choices = frozenset({"finish_reason", "index", "text"})
