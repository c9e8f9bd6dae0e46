"""components models: GetAllPromptsResponseContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .getallpromptsresponse21 import GetAllPromptsResponse21
from .getallpromptsresponse22 import GetAllPromptsResponse22

GetAllPromptsResponseContent2 = Union[
    "GetAllPromptsResponse21", "GetAllPromptsResponse22"
]
""""""


def decode_get_all_prompts_response_content2(
    data: Any,
) -> GetAllPromptsResponseContent2:
    errors: List[ValidationError] = []
    try:
        return GetAllPromptsResponse21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return GetAllPromptsResponse22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_get_all_prompts_response_content2(
    value: GetAllPromptsResponseContent2,
) -> Any:
    return value.to_dict()
