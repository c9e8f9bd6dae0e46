"""components models: MessagesToolCalls"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .messagesfunction import MessagesFunction
from .messagestype import MESSAGES_TYPE_VALUES, MessagesType, decode_messages_type

__all__ = ["MessagesToolCalls"]


@dataclass(slots=True, kw_only=True)
class MessagesToolCalls(_rt.Base):
    """MessagesToolCalls"""

    id: str
    """The ID of the tool call."""
    type: MessagesType
    """The type of the tool. Currently, only **function** is supported."""
    function: MessagesFunction
    """The function that the model called."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> MessagesToolCalls:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["type"]
            v2 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if v1.__class__ is not str or v1 not in MESSAGES_TYPE_VALUES:
            raise _rt.enum_error(v1, MESSAGES_TYPE_VALUES).at(".type")
        try:
            v2 = MessagesFunction.from_dict(v2)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_messages_tool_calls
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.type = v1  # type: ignore[assignment]
        obj.function = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "function": self.function.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_messages_tool_calls = frozenset({"id", "type", "function"})
