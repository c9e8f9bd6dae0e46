"""components models: UpdatePromptResponse1PhotoRealVersion"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE1_PHOTO_REAL_VERSION_VALUES",
    "UpdatePromptResponse1PhotoRealVersion",
    "decode_update_prompt_response1_photo_real_version",
]


UpdatePromptResponse1PhotoRealVersion = Literal["v1", "v2"]
"""The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""


UPDATE_PROMPT_RESPONSE1_PHOTO_REAL_VERSION_VALUES = frozenset(("v1", "v2"))


def decode_update_prompt_response1_photo_real_version(
    data: Any,
) -> UpdatePromptResponse1PhotoRealVersion:
    if (
        data.__class__ is str
        and data in UPDATE_PROMPT_RESPONSE1_PHOTO_REAL_VERSION_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE1_PHOTO_REAL_VERSION_VALUES)
