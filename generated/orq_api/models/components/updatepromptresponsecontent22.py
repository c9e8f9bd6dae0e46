"""components models: UpdatePromptResponseContent22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponse221 import UpdatePromptResponse221
from .updatepromptresponse222 import UpdatePromptResponse222

UpdatePromptResponseContent22 = Union[
    "UpdatePromptResponse221", "UpdatePromptResponse222"
]
""""""


def decode_update_prompt_response_content22(data: Any) -> UpdatePromptResponseContent22:
    errors: List[ValidationError] = []
    try:
        return UpdatePromptResponse221.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptResponse222.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response_content22(
    value: UpdatePromptResponseContent22,
) -> Any:
    return value.to_dict()
