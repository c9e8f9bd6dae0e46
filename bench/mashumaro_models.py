"""mashumaro dataclasses of the RouterImageGenerations 200 response body (see handwritten.py).

* mashumaro does not check primitive types (``str`` would turn 5 into ``"5"``, ``int`` True into 1),
  so ``Config.serialization_strategy`` installs strict checks for ``str``, ``int`` and ``float``;
* absent optional keys hold ``UNSET`` (default) and ``omit_default`` leaves them out; ``null`` is ``None``;
* unknown keys: mashumaro drops them, so ``__pre_deserialize__`` moves them into
  ``additional_properties`` and ``__post_serialize__`` writes them back;
* ``Union[Message1, Message2, Message3]`` is tried left to right: the first shape that decodes wins;
* a missing key raises ``MissingField``, a ``LookupError`` rather than a ``ValueError``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Dict, List, Literal, Optional, Union

from mashumaro import DataClassDictMixin, field_options
from mashumaro.config import BaseConfig
from mashumaro.exceptions import MissingField

from handwritten import Role  # the same role values, written once

KEEPS_UNKNOWN = True
ERRORS = (ValueError, MissingField)


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def _strict(*types: type) -> Any:
    def check(v: Any) -> Any:
        if type(v) not in types:
            raise TypeError(f"expected {types[0].__name__}, got {type(v).__name__}")
        return v

    return {"deserialize": check, "serialize": lambda v: v}


class _Config(BaseConfig):
    omit_default = True
    serialization_strategy = {
        str: _strict(str),
        int: _strict(int),
        float: _strict(float, int),
    }


class _Base(DataClassDictMixin):
    _KEYS: ClassVar[frozenset[str]] = frozenset()  # wire keys, set by _keys()

    @classmethod
    def __pre_deserialize__(cls, d: Any) -> Any:
        if type(d) is not dict:
            raise ValueError(f"expected an object, got {type(d).__name__}")
        keys = cls._KEYS
        if all(k in keys for k in d):
            return d
        out = {k: v for k, v in d.items() if k in keys}
        out["additional_properties"] = {k: v for k, v in d.items() if k not in keys}
        return out

    def __post_serialize__(self, d: Dict[Any, Any]) -> Dict[Any, Any]:
        if self.additional_properties:  # type: ignore[attr-defined]
            d.update(self.additional_properties)  # type: ignore[attr-defined]
        return d


def _extras() -> Any:
    return field(default_factory=dict, metadata=field_options(serialize="omit"))


def _keys(cls: Any) -> Any:
    cls._KEYS = frozenset(f.name for f in fields(cls)) - {"additional_properties"}
    return cls


Number = Union[int, float]


@_keys
@dataclass(slots=True, kw_only=True)
class Function(_Base):
    name: str
    arguments: str
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class ToolCalls(_Base):
    id: str = UNSET
    index: Number = UNSET
    type: Literal["function"]
    function: Function
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class Message1(_Base):
    role: Role
    content: Optional[str]
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class Message2(_Base):
    role: Role
    url: str
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class Message3(_Base):
    role: Role
    tool_calls: List[ToolCalls]
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class Choices(_Base):
    finish_reason: Optional[str] = UNSET
    index: Number
    message: Union[Message1, Message2, Message3] = UNSET
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


@_keys
@dataclass(slots=True, kw_only=True)
class RouterImageGenerationsResponseBody(_Base):
    id: str
    created: Number
    choices: List[Choices]
    model: str
    object: str
    additional_properties: Dict[str, Any] = _extras()
    Config = _Config


_Body = RouterImageGenerationsResponseBody
decode = _Body.from_dict
encode = _Body.to_dict


def from_json(text: str | bytes) -> RouterImageGenerationsResponseBody:
    return _Body.from_dict(json.loads(text))


def to_json(obj: RouterImageGenerationsResponseBody) -> str:
    return json.dumps(obj.to_dict(), ensure_ascii=False, separators=(",", ":"))
