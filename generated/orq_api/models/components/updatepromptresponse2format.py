"""components models: UpdatePromptResponse2Format"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE2_FORMAT_VALUES",
    "UpdatePromptResponse2Format",
    "decode_update_prompt_response2_format",
]


UpdatePromptResponse2Format = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


UPDATE_PROMPT_RESPONSE2_FORMAT_VALUES = frozenset(
    ("url", "b64_json", "text", "json_object")
)


def decode_update_prompt_response2_format(data: Any) -> UpdatePromptResponse2Format:
    if data.__class__ is str and data in UPDATE_PROMPT_RESPONSE2_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE2_FORMAT_VALUES)
