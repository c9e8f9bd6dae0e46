"""msgspec Structs of the RouterImageGenerations 200 response body (see handwritten.py for the shape).

* ``msgspec.convert`` / ``msgspec.json.Decoder`` are strict by default: ``str`` only accepts str,
  ``int | float`` keeps ints as ints and rejects bools and numeric strings;
* absent optional keys are ``msgspec.UNSET`` and left out when encoding; ``null`` stays ``None``;
* **unknown keys are dropped**: a Struct has no catch-all field (msgspec issue #490);
* msgspec rejects untagged unions of several Structs, so ``message`` is declared as a ``dict`` and
  turned into the first of Message1/2/3 that converts, in ``__post_init__`` (which also runs on decode);
* ``to_json`` returns UTF-8 ``bytes`` (msgspec's own API), not ``str``.
"""

from __future__ import annotations

from typing import Any, Literal, Optional, Union

import msgspec
from msgspec import UNSET, Struct, UnsetType

from handwritten import Role  # the same role values, written once

KEEPS_UNKNOWN = False
ERRORS = (msgspec.ValidationError,)  # a ValueError

Number = Union[int, float]


class Function(Struct, kw_only=True):
    name: str
    arguments: str


class ToolCalls(Struct, kw_only=True):
    id: Union[str, UnsetType] = UNSET  # optional, not nullable
    index: Union[Number, UnsetType] = UNSET
    type: Literal["function"]
    function: Function


class Message1(Struct, kw_only=True):
    role: Role
    content: Optional[str]  # required, nullable


class Message2(Struct, kw_only=True):
    role: Role
    url: str


class Message3(Struct, kw_only=True):
    role: Role
    tool_calls: list[ToolCalls]


_SHAPES = (Message1, Message2, Message3)


class Choices(Struct, kw_only=True):
    finish_reason: Union[str, None, UnsetType] = UNSET
    index: Number
    message: Union[dict, UnsetType] = UNSET  # becomes Message1/2/3 in __post_init__

    def __post_init__(self) -> None:
        if self.message is UNSET:
            return
        for shape in _SHAPES:  # anyOf: first shape that converts wins
            try:
                self.message = msgspec.convert(self.message, shape)
                return
            except msgspec.ValidationError:
                pass
        raise ValueError("message matches none of the shapes")


class RouterImageGenerationsResponseBody(Struct, kw_only=True):
    id: str
    created: Number
    choices: list[Choices]
    model: str
    object: str


_decoder = msgspec.json.Decoder(RouterImageGenerationsResponseBody)
_encoder = msgspec.json.Encoder()


def decode(data: Any) -> RouterImageGenerationsResponseBody:
    return msgspec.convert(data, RouterImageGenerationsResponseBody)


encode = msgspec.to_builtins
from_json = _decoder.decode  # str or bytes
to_json = _encoder.encode
