"""components models: Deployments2MessagesContentType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS2_MESSAGES_CONTENT_TYPE_VALUES",
    "Deployments2MessagesContentType",
    "decode_deployments2_messages_content_type",
]


Deployments2MessagesContentType = Literal["image_url"]


DEPLOYMENTS2_MESSAGES_CONTENT_TYPE_VALUES = frozenset(("image_url",))


def decode_deployments2_messages_content_type(
    data: Any,
) -> Deployments2MessagesContentType:
    if data.__class__ is str and data in DEPLOYMENTS2_MESSAGES_CONTENT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS2_MESSAGES_CONTENT_TYPE_VALUES)
