"""operations models: RouterImageGenerationsMessageType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES",
    "RouterImageGenerationsMessageType",
    "decode_router_image_generations_message_type",
]


RouterImageGenerationsMessageType = Literal["function"]


ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES = frozenset(("function",))


def decode_router_image_generations_message_type(
    data: Any,
) -> RouterImageGenerationsMessageType:
    if data.__class__ is str and data in ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_IMAGE_GENERATIONS_MESSAGE_TYPE_VALUES)
