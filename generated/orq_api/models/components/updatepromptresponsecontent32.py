"""components models: UpdatePromptResponseContent32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponse231 import UpdatePromptResponse231
from .updatepromptresponse232 import UpdatePromptResponse232

UpdatePromptResponseContent32 = Union[
    "UpdatePromptResponse231", "UpdatePromptResponse232"
]
""""""


def decode_update_prompt_response_content32(data: Any) -> UpdatePromptResponseContent32:
    errors: List[ValidationError] = []
    try:
        return UpdatePromptResponse231.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptResponse232.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response_content32(
    value: UpdatePromptResponseContent32,
) -> Any:
    return value.to_dict()
