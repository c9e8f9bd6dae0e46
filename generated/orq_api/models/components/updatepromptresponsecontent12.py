"""components models: UpdatePromptResponseContent12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponse211 import UpdatePromptResponse211
from .updatepromptresponse212 import UpdatePromptResponse212

UpdatePromptResponseContent12 = Union[
    "UpdatePromptResponse211", "UpdatePromptResponse212"
]
""""""


def decode_update_prompt_response_content12(data: Any) -> UpdatePromptResponseContent12:
    errors: List[ValidationError] = []
    try:
        return UpdatePromptResponse211.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptResponse212.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response_content12(
    value: UpdatePromptResponseContent12,
) -> Any:
    return value.to_dict()
