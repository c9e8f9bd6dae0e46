"""components models: GetAllPromptsResponseContentItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponse2items1 import GetAllPromptsResponse2Items1
from .getallpromptsresponse2items2 import GetAllPromptsResponse2Items2

GetAllPromptsResponseContentItems2 = Union[
    "GetAllPromptsResponse2Items1", "GetAllPromptsResponse2Items2"
]
""""""


def decode_get_all_prompts_response_content_items2(
    data: Any,
) -> GetAllPromptsResponseContentItems2:
    errors: List[ValidationError] = []
    try:
        return GetAllPromptsResponse2Items1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponse2Items2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_content_items2(
    value: GetAllPromptsResponseContentItems2,
) -> Any:
    return value.to_dict()
