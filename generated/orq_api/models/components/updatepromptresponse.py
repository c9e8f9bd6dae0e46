"""components models: UpdatePromptResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptresponse1 import UpdatePromptResponse1
from .updatepromptresponse2 import UpdatePromptResponse2
from .updatepromptresponse3 import UpdatePromptResponse3

UpdatePromptResponse = Union[
    "UpdatePromptResponse1", "UpdatePromptResponse2", "UpdatePromptResponse3"
]
""""""


def decode_update_prompt_response(data: Any) -> UpdatePromptResponse:
    errors: List[ValidationError] = []
    try:
        return UpdatePromptResponse1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptResponse2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptResponse3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_response(value: UpdatePromptResponse) -> Any:
    return value.to_dict()
