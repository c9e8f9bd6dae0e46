"""components models: Deployments2MessagesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS2_MESSAGES_TYPE_VALUES",
    "Deployments2MessagesType",
    "decode_deployments2_messages_type",
]


Deployments2MessagesType = Literal["text"]


DEPLOYMENTS2_MESSAGES_TYPE_VALUES = frozenset(("text",))


def decode_deployments2_messages_type(data: Any) -> Deployments2MessagesType:
    if data.__class__ is str and data in DEPLOYMENTS2_MESSAGES_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS2_MESSAGES_TYPE_VALUES)
