"""components models: GetOnePromptSnippetByKeyResponseCreated"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GetOnePromptSnippetByKeyResponseCreated",
    "decode_get_one_prompt_snippet_by_key_response_created",
    "encode_get_one_prompt_snippet_by_key_response_created",
]


GetOnePromptSnippetByKeyResponseCreated = Union[datetime, str]
"""The date and time the resource was created"""


def decode_get_one_prompt_snippet_by_key_response_created(
    data: Any,
) -> GetOnePromptSnippetByKeyResponseCreated:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_datetime(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [e0 or _rt.error_of(_rt.d_datetime, data), e1 or _rt.error_of(_rt.d_str, data)]
    )


def encode_get_one_prompt_snippet_by_key_response_created(
    value: GetOnePromptSnippetByKeyResponseCreated,
) -> Any:
    return _rt.encode(value)
