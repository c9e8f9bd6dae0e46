"""attrs classes + a cattrs Converter for the RouterImageGenerations 200 response body (see handwritten.py).

* cattrs converts rather than checks (``str`` hook is ``str(v)``, ``int`` is ``int(v)``), so strict hooks
  are registered for ``str``, ``Optional[str]`` and ``int | float``; ``detailed_validation=False`` (faster;
  the first error is raised as is: ``TypeError``/``ValueError``, ``KeyError`` for a missing key,
  ``CattrsError`` for a value outside a ``Literal``);
* absent optional keys hold ``UNSET`` (default) and are left out (``omit_if_default``); ``null`` is ``None``;
* unknown keys: cattrs ignores them, so a wrapper around the generated hook keeps them in
  ``additional_properties`` and the unstructure wrapper writes them back;
* cattrs would pick a ``Message`` shape by its unique required key and never fall through, so a hook
  tries the shapes left to right instead (first one that structures wins).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Literal, Optional, Union

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from handwritten import Role  # the same role values, written once

KEEPS_UNKNOWN = True
ERRORS = (ValueError, TypeError, KeyError, cattrs.errors.CattrsError)


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()

Number = Union[int, float]
_define = attrs.define(kw_only=True)



@_define
class Function:
    name: str
    arguments: str
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@_define
class ToolCalls:
    type: Literal["function"]
    function: Function
    id: str = UNSET
    index: Number = UNSET
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@_define
class Message1:
    role: Role
    content: Optional[str]
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@_define
class Message2:
    role: Role
    url: str
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@_define
class Message3:
    role: Role
    tool_calls: List[ToolCalls]
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


Message = Union[Message1, Message2, Message3]


@_define
class Choices:
    index: Number
    finish_reason: Optional[str] = UNSET
    message: Message = UNSET
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


@_define
class RouterImageGenerationsResponseBody:
    id: str
    created: Number
    choices: List[Choices]
    model: str
    object: str
    additional_properties: Dict[str, Any] = attrs.field(factory=dict)


conv = cattrs.Converter(detailed_validation=False)


def _check(*types: type) -> Any:
    def hook(v: Any, _: Any) -> Any:
        if type(v) not in types:
            raise TypeError(f"expected {types[0].__name__}, got {type(v).__name__}")
        return v

    return hook


conv.register_structure_hook(str, _check(str))
conv.register_structure_hook(Optional[str], _check(str, type(None)))
conv.register_structure_hook(Number, _check(int, float))


def _message(v: Any, _: Any) -> Message:
    for shape in (Message1, Message2, Message3):
        try:
            return conv.structure(v, shape)
        except ERRORS:
            pass
    raise ValueError("message matches none of the shapes")


conv.register_structure_hook(Message, _message)


def _register(cls: type) -> None:
    keys = frozenset(a.name for a in attrs.fields(cls)) - {"additional_properties"}
    omit = override(omit=True)
    structure = make_dict_structure_fn(cls, conv, additional_properties=omit)
    unstructure = make_dict_unstructure_fn(
        cls, conv, _cattrs_omit_if_default=True, additional_properties=omit
    )

    def structure_with_extras(d: Any, _: Any) -> Any:
        if type(d) is not dict:
            raise TypeError(f"expected an object, got {type(d).__name__}")
        obj = structure(d, cls)
        if not all(k in keys for k in d):
            obj.additional_properties = {k: v for k, v in d.items() if k not in keys}
        return obj

    def unstructure_with_extras(obj: Any) -> Dict[str, Any]:
        out = unstructure(obj)
        if obj.additional_properties:
            out.update(obj.additional_properties)
        return out

    conv.register_structure_hook(cls, structure_with_extras)
    conv.register_unstructure_hook(cls, unstructure_with_extras)


for _cls in (Function, ToolCalls, Message1, Message2, Message3, Choices, RouterImageGenerationsResponseBody):
    _register(_cls)

_Body = RouterImageGenerationsResponseBody


def decode(data: Any) -> RouterImageGenerationsResponseBody:
    return conv.structure(data, _Body)


def encode(obj: RouterImageGenerationsResponseBody) -> Dict[str, Any]:
    return conv.unstructure(obj, _Body)


def from_json(text: str | bytes) -> RouterImageGenerationsResponseBody:
    return conv.structure(json.loads(text), _Body)


def to_json(obj: RouterImageGenerationsResponseBody) -> str:
    return json.dumps(encode(obj), ensure_ascii=False, separators=(",", ":"))
