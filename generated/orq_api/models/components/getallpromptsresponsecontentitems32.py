"""components models: GetAllPromptsResponseContentItems32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponse2items31 import GetAllPromptsResponse2Items31
from .getallpromptsresponse2items32 import GetAllPromptsResponse2Items32

GetAllPromptsResponseContentItems32 = Union[
    "GetAllPromptsResponse2Items31", "GetAllPromptsResponse2Items32"
]
""""""


def decode_get_all_prompts_response_content_items32(
    data: Any,
) -> GetAllPromptsResponseContentItems32:
    errors: List[ValidationError] = []
    try:
        return GetAllPromptsResponse2Items31.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponse2Items32.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_content_items32(
    value: GetAllPromptsResponseContentItems32,
) -> Any:
    return value.to_dict()
