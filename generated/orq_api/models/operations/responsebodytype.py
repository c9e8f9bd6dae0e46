"""operations models: ResponseBodyType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["RESPONSE_BODY_TYPE_VALUES", "ResponseBodyType", "decode_response_body_type"]


ResponseBodyType = Literal["function"]


RESPONSE_BODY_TYPE_VALUES = frozenset(("function",))


def decode_response_body_type(data: Any) -> ResponseBodyType:
    if data.__class__ is str and data in RESPONSE_BODY_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, RESPONSE_BODY_TYPE_VALUES)
