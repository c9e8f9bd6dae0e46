"""components models: UpdatePromptResponse3VersionsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE3_VERSIONS_TYPE_VALUES",
    "UpdatePromptResponse3VersionsType",
    "decode_update_prompt_response3_versions_type",
]


UpdatePromptResponse3VersionsType = Literal["function"]


UPDATE_PROMPT_RESPONSE3_VERSIONS_TYPE_VALUES: frozenset[Any] = frozenset(("function",))


def decode_update_prompt_response3_versions_type(
    data: Any,
) -> UpdatePromptResponse3VersionsType:
    for value in ("function",):
        if data == value and type(data) is type(value):
            return value
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE3_VERSIONS_TYPE_VALUES)
