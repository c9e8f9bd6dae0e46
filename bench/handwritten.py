"""Hand-written baseline for the RouterImageGenerations 200 response body.

This is what a careful engineer would write by hand with the standard library only,
with the same semantics as the generated ``orq_api`` models:

* ``@dataclass(slots=True, kw_only=True)`` classes;
* a missing required key raises ``ValueError``;
* strict types: ``string`` accepts only ``str``; ``number`` accepts ``int`` or ``float``
  but not ``bool``; nullable fields (``[string, null]``) also accept ``None``;
* an optional key that is absent holds the ``UNSET`` sentinel and ``to_dict`` leaves it out;
  an explicit ``null`` is kept as ``None`` and written back as ``null``;
* ``message`` (anyOf of three object shapes) is decoded by trying the shapes in order:
  the first one that validates wins;
* ``role`` must be one of the enum values, ``type`` must be ``"function"``;
* unknown keys are kept in ``additional_properties`` and written back by ``to_dict``;
* numbers come back from ``to_dict`` unchanged (an int stays an int).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, Union


class _Unset:
    """Marks an optional key that was absent from the input."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Any = _Unset()

Role = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
ROLE_VALUES = frozenset(
    (
        "system",
        "assistant",
        "user",
        "exception",
        "tool",
        "prompt",
        "correction",
        "expected_output",
    )
)


# --- small checking helpers ---------------------------------------------------------------


def _require_object(data: Any, cls_name: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{cls_name}: expected an object, got {type(data).__name__}")
    return data


def _required(data: dict[str, Any], key: str, cls_name: str) -> Any:
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"{cls_name}: missing required key {key!r}") from None


def _check_str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _check_str_or_none(value: Any, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(
            f"{where}: expected a string or null, got {type(value).__name__}"
        )
    return value


def _check_number(value: Any, where: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}: expected a number, got {type(value).__name__}")
    return value


def _check_role(value: Any, where: str) -> str:
    if not isinstance(value, str) or value not in ROLE_VALUES:
        raise ValueError(
            f"{where}: expected one of {sorted(ROLE_VALUES)}, got {value!r}"
        )
    return value


def _extras(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


# --- models --------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Function:
    name: str
    arguments: str  # JSON string arguments for the function
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("name", "arguments"))

    @classmethod
    def from_dict(cls, data: Any) -> Function:
        data = _require_object(data, "Function")
        return cls(
            name=_check_str(_required(data, "name", "Function"), "Function.name"),
            arguments=_check_str(
                _required(data, "arguments", "Function"), "Function.arguments"
            ),
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "arguments": self.arguments}
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class ToolCalls:
    type: Literal["function"]
    function: Function
    id: str = UNSET
    index: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "index", "type", "function"))

    @classmethod
    def from_dict(cls, data: Any) -> ToolCalls:
        data = _require_object(data, "ToolCalls")
        type_ = _required(data, "type", "ToolCalls")
        if not isinstance(type_, str) or type_ != "function":
            raise ValueError(f"ToolCalls.type: expected 'function', got {type_!r}")
        function = Function.from_dict(_required(data, "function", "ToolCalls"))
        id_ = data.get("id", UNSET)
        if id_ is not UNSET:
            _check_str(id_, "ToolCalls.id")
        index = data.get("index", UNSET)
        if index is not UNSET:
            _check_number(index, "ToolCalls.index")
        return cls(
            id=id_,
            index=index,
            type=type_,
            function=function,
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not UNSET:
            out["id"] = self.id
        if self.index is not UNSET:
            out["index"] = self.index
        out["type"] = self.type
        out["function"] = self.function.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Message1:
    role: Role
    content: str | None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("role", "content"))

    @classmethod
    def from_dict(cls, data: Any) -> Message1:
        data = _require_object(data, "Message1")
        return cls(
            role=_check_role(_required(data, "role", "Message1"), "Message1.role"),
            content=_check_str_or_none(
                _required(data, "content", "Message1"), "Message1.content"
            ),
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "content": self.content}
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Message2:
    role: Role
    url: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("role", "url"))

    @classmethod
    def from_dict(cls, data: Any) -> Message2:
        data = _require_object(data, "Message2")
        return cls(
            role=_check_role(_required(data, "role", "Message2"), "Message2.role"),
            url=_check_str(_required(data, "url", "Message2"), "Message2.url"),
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "url": self.url}
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class Message3:
    role: Role
    tool_calls: list[ToolCalls]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("role", "tool_calls"))

    @classmethod
    def from_dict(cls, data: Any) -> Message3:
        data = _require_object(data, "Message3")
        role = _check_role(_required(data, "role", "Message3"), "Message3.role")
        tool_calls = _required(data, "tool_calls", "Message3")
        if not isinstance(tool_calls, list):
            raise ValueError(
                f"Message3.tool_calls: expected an array, got {type(tool_calls).__name__}"
            )
        return cls(
            role=role,
            tool_calls=[ToolCalls.from_dict(item) for item in tool_calls],
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "role": self.role,
            "tool_calls": [tc.to_dict() for tc in self.tool_calls],
        }
        out.update(self.additional_properties)
        return out


Message = Union[Message1, Message2, Message3]
_MESSAGE_SHAPES = (Message1, Message2, Message3)


def message_from_dict(data: Any) -> Message:
    """anyOf: the first shape that validates wins."""
    errors = []
    for shape in _MESSAGE_SHAPES:
        try:
            return shape.from_dict(data)
        except ValueError as exc:
            errors.append(exc)
    reasons = "; ".join(f"{s.__name__}: {e}" for s, e in zip(_MESSAGE_SHAPES, errors))
    raise ValueError(f"Choices.message matches none of the shapes: {reasons}")


@dataclass(slots=True, kw_only=True)
class Choices:
    index: int | float  # the index of the choice in the list of choices
    finish_reason: str | None = UNSET  # the reason for finishing the generation
    message: Message = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("finish_reason", "index", "message"))

    @classmethod
    def from_dict(cls, data: Any) -> Choices:
        data = _require_object(data, "Choices")
        index = _check_number(_required(data, "index", "Choices"), "Choices.index")
        finish_reason = data.get("finish_reason", UNSET)
        if finish_reason is not UNSET:
            _check_str_or_none(finish_reason, "Choices.finish_reason")
        message = data.get("message", UNSET)
        if message is not UNSET:
            message = message_from_dict(message)
        return cls(
            finish_reason=finish_reason,
            index=index,
            message=message,
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.finish_reason is not UNSET:
            out["finish_reason"] = self.finish_reason
        out["index"] = self.index
        if self.message is not UNSET:
            out["message"] = self.message.to_dict()
        out.update(self.additional_properties)
        return out


@dataclass(slots=True, kw_only=True)
class RouterImageGenerationsResponseBody:
    id: str  # the unique identifier of the created image
    created: int | float
    choices: list[Choices]
    model: str  # the model used for the image creation
    object: str  # the object type
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "created", "choices", "model", "object"))

    @classmethod
    def from_dict(cls, data: Any) -> RouterImageGenerationsResponseBody:
        name = "RouterImageGenerationsResponseBody"
        data = _require_object(data, name)
        id_ = _check_str(_required(data, "id", name), f"{name}.id")
        created = _check_number(_required(data, "created", name), f"{name}.created")
        choices = _required(data, "choices", name)
        if not isinstance(choices, list):
            raise ValueError(
                f"{name}.choices: expected an array, got {type(choices).__name__}"
            )
        model = _check_str(_required(data, "model", name), f"{name}.model")
        object_ = _check_str(_required(data, "object", name), f"{name}.object")
        return cls(
            id=id_,
            created=created,
            choices=[Choices.from_dict(item) for item in choices],
            model=model,
            object=object_,
            additional_properties=_extras(data, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "created": self.created,
            "choices": [c.to_dict() for c in self.choices],
            "model": self.model,
            "object": self.object,
        }
        out.update(self.additional_properties)
        return out

    @classmethod
    def from_json(cls, text: str | bytes) -> RouterImageGenerationsResponseBody:
        return cls.from_dict(json.loads(text))

    def to_json(self) -> str:
        # compact and non-ASCII kept as is, like the generated code and pydantic's model_dump_json
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
