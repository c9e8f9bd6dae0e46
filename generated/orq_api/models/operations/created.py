"""operations models: Created"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


Created = Union[datetime, str]
"""The date and time the resource was created"""


def decode_created(data: Any) -> Created:
    try:
        return _rt.d_datetime(data)  # type: ignore[no-any-return]
    except ValidationError:
        pass
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError:
        pass
    raise _rt.no_match(
        [_rt.error_of(_rt.d_datetime, data), _rt.error_of(_rt.d_str, data)]
    )


def encode_created(value: Created) -> Any:
    return _rt.encode(value)
