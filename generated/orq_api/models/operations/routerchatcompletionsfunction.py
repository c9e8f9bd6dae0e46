"""operations models: RouterChatCompletionsFunction"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .parameters import Parameters

__all__ = ["RouterChatCompletionsFunction"]


@dataclass(slots=True, kw_only=True)
class RouterChatCompletionsFunction(_rt.Base):
    """RouterChatCompletionsFunction"""

    name: str
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""
    description: Union[str, Unset] = UNSET
    """A description of what the function does, used by the model to choose when and how to call the function."""
    parameters: Union[Parameters, Unset] = UNSET
    """The parameters the functions accepts, described as a JSON Schema object"""
    strict: Union[Optional[bool], Unset] = UNSET
    """Whether to enable strict schema adherence when generating the function call."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterChatCompletionsFunction:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["name"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".name")
        v1 = data.get("description", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".description")
        v2 = data.get("parameters", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Parameters.from_dict(v2)
            except ValidationError as e:
                raise e.at(".parameters")
            except RecursionError:
                raise _rt.too_deep().at(".parameters") from None
        v3 = data.get("strict", UNSET)
        if v3 is not UNSET and v3 is not None:
            if type(v3) is not bool:
                raise _rt.type_error("bool", v3).at(".strict")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_chat_completions_function
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.name = v0
        obj.description = v1
        obj.parameters = v2
        obj.strict = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "name": self.name,
        }
        v1 = self.description
        if v1 is not UNSET:
            out["description"] = v1
        v2 = self.parameters
        if v2 is not UNSET:
            out["parameters"] = v2.to_dict()
        v3 = self.strict
        if v3 is not UNSET:
            out["strict"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_chat_completions_function = frozenset(
    {"name", "description", "parameters", "strict"}
)
