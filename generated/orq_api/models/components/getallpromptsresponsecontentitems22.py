"""components models: GetAllPromptsResponseContentItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponse2items21 import GetAllPromptsResponse2Items21
from .getallpromptsresponse2items22 import GetAllPromptsResponse2Items22

GetAllPromptsResponseContentItems22 = Union[
    "GetAllPromptsResponse2Items21", "GetAllPromptsResponse2Items22"
]
""""""


def decode_get_all_prompts_response_content_items22(
    data: Any,
) -> GetAllPromptsResponseContentItems22:
    errors: List[ValidationError] = []
    try:
        return GetAllPromptsResponse2Items21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponse2Items22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_content_items22(
    value: GetAllPromptsResponseContentItems22,
) -> Any:
    return value.to_dict()
