"""operations models: Input"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

Input = Union[str, List[str]]
"""Input text to embed, encoded as a string or array of tokens."""


def decode_input(data: Any) -> Input:
    errors: List[ValidationError] = []
    try:
        return _rt.d_str(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return _rt.list_of(_rt.d_str)(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_input(value: Input) -> Any:
    return _rt.encode(value)
