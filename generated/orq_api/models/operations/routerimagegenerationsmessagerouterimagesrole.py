"""operations models: RouterImageGenerationsMessageRouterImagesRole"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES",
    "RouterImageGenerationsMessageRouterImagesRole",
    "decode_router_image_generations_message_router_images_role",
]


RouterImageGenerationsMessageRouterImagesRole = Literal[
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
]
"""The role of the prompt message"""


ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES = frozenset(
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


def decode_router_image_generations_message_router_images_role(
    data: Any,
) -> RouterImageGenerationsMessageRouterImagesRole:
    if (
        data.__class__ is str
        and data in ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, ROUTER_IMAGE_GENERATIONS_MESSAGE_ROUTER_IMAGES_ROLE_VALUES
    )
