"""components models: UpdatePromptResponse23VersionsPromptConfigType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE23_VERSIONS_PROMPT_CONFIG_TYPE_VALUES",
    "UpdatePromptResponse23VersionsPromptConfigType",
    "decode_update_prompt_response23_versions_prompt_config_type",
]


UpdatePromptResponse23VersionsPromptConfigType = Literal["image_url"]


UPDATE_PROMPT_RESPONSE23_VERSIONS_PROMPT_CONFIG_TYPE_VALUES = frozenset(("image_url",))


def decode_update_prompt_response23_versions_prompt_config_type(
    data: Any,
) -> UpdatePromptResponse23VersionsPromptConfigType:
    if (
        data.__class__ is str
        and data in UPDATE_PROMPT_RESPONSE23_VERSIONS_PROMPT_CONFIG_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, UPDATE_PROMPT_RESPONSE23_VERSIONS_PROMPT_CONFIG_TYPE_VALUES
    )
