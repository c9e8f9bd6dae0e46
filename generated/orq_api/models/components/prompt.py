"""components models: Prompt"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["Prompt", "decode_prompt", "encode_prompt"]


Prompt = Union[str, List[Any]]
"""The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays."""


def decode_prompt(data: Any) -> Prompt:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is list:
        try:
            return _rt.list_of(_rt.d_any)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.list_of(_rt.d_any), data),
        ]
    )


def encode_prompt(value: Prompt) -> Any:
    return _rt.encode(value)
