"""components models: Deployment2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["DEPLOYMENT2_TYPE_VALUES", "Deployment2Type", "decode_deployment2_type"]


Deployment2Type = Literal["text"]


DEPLOYMENT2_TYPE_VALUES = frozenset(("text",))


def decode_deployment2_type(data: Any) -> Deployment2Type:
    if data.__class__ is str and data in DEPLOYMENT2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT2_TYPE_VALUES)
