"""Pydantic v2 models of the RouterImageGenerations 200 response body.

Same semantics as the generated ``orq_api`` models and ``handwritten.py``:

* ``strict=True``: ``str`` accepts only ``str``; numbers are ``int | float`` (smart union, so an
  int stays an int and a float stays a float; strict mode rejects ``bool``);
* optional keys default to ``None`` and are dumped with ``exclude_unset=True``, so an absent key
  stays absent and an explicit ``null`` is written back as ``null``.  Non-nullable optional keys
  (``ToolCalls.id``, ``ToolCalls.index``, ``Choices.message``) are annotated without ``None``:
  pydantic does not validate defaults, so absence still works while an explicit ``null`` is rejected;
* ``message`` is a ``left_to_right`` union: first shape that validates wins (pydantic's default
  "smart" mode would pick the best match instead);
* ``extra="allow"`` keeps unknown keys and dumps them back.

Decode: ``RouterImageGenerationsResponseBody.model_validate(d)`` / ``.model_validate_json(s)``;
encode: ``obj.model_dump(exclude_unset=True)`` / ``obj.model_dump_json(exclude_unset=True)``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

Number = Union[int, float]

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


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")


class Function(_Model):
    name: str
    arguments: str  # JSON string arguments for the function


class ToolCalls(_Model):
    id: str = None  # type: ignore[assignment]  # optional, not nullable
    index: Number = None  # type: ignore[assignment]  # optional, not nullable
    type: Literal["function"]
    function: Function


class Message1(_Model):
    role: Role
    content: Optional[str]  # required, nullable


class Message2(_Model):
    role: Role
    url: str


class Message3(_Model):
    role: Role
    tool_calls: list[ToolCalls]


Message = Annotated[
    Union[Message1, Message2, Message3], Field(union_mode="left_to_right")
]


class Choices(_Model):
    finish_reason: Optional[str] = None  # optional, nullable
    index: Number
    message: Message = None  # type: ignore[assignment]  # optional, not nullable


class RouterImageGenerationsResponseBody(_Model):
    id: str
    created: Number
    choices: list[Choices]
    model: str
    object: str
