"""components models: UpdatePromptRequestContent2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .updatepromptrequest21 import UpdatePromptRequest21
from .updatepromptrequest22 import UpdatePromptRequest22

UpdatePromptRequestContent2 = Union["UpdatePromptRequest21", "UpdatePromptRequest22"]
""""""


def decode_update_prompt_request_content2(data: Any) -> UpdatePromptRequestContent2:
    errors: List[ValidationError] = []
    try:
        return UpdatePromptRequest21.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return UpdatePromptRequest22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_update_prompt_request_content2(value: UpdatePromptRequestContent2) -> Any:
    return value.to_dict()
