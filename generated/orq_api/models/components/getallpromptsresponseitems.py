"""components models: GetAllPromptsResponseItems"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponseitems1 import GetAllPromptsResponseItems1
from .getallpromptsresponseitems2 import GetAllPromptsResponseItems2
from .getallpromptsresponseitems3 import GetAllPromptsResponseItems3

GetAllPromptsResponseItems = Union[
    "GetAllPromptsResponseItems1",
    "GetAllPromptsResponseItems2",
    "GetAllPromptsResponseItems3",
]
""""""


def decode_get_all_prompts_response_items(data: Any) -> GetAllPromptsResponseItems:
    errors: List[ValidationError] = []
    try:
        return GetAllPromptsResponseItems1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponseItems2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponseItems3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_items(value: GetAllPromptsResponseItems) -> Any:
    return value.to_dict()
