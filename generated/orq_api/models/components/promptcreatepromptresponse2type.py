"""components models: PromptCreatePromptResponse2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_CREATE_PROMPT_RESPONSE2_TYPE_VALUES",
    "PromptCreatePromptResponse2Type",
    "decode_prompt_create_prompt_response2_type",
]


PromptCreatePromptResponse2Type = Literal["text"]


PROMPT_CREATE_PROMPT_RESPONSE2_TYPE_VALUES = frozenset(("text",))


def decode_prompt_create_prompt_response2_type(
    data: Any,
) -> PromptCreatePromptResponse2Type:
    if data.__class__ is str and data in PROMPT_CREATE_PROMPT_RESPONSE2_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_CREATE_PROMPT_RESPONSE2_TYPE_VALUES)
