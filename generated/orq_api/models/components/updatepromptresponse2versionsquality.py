"""components models: UpdatePromptResponse2VersionsQuality"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "UPDATE_PROMPT_RESPONSE2_VERSIONS_QUALITY_VALUES",
    "UpdatePromptResponse2VersionsQuality",
    "decode_update_prompt_response2_versions_quality",
]


UpdatePromptResponse2VersionsQuality = Literal["standard", "hd"]
"""Only supported on `image` models."""


UPDATE_PROMPT_RESPONSE2_VERSIONS_QUALITY_VALUES = frozenset(("standard", "hd"))


def decode_update_prompt_response2_versions_quality(
    data: Any,
) -> UpdatePromptResponse2VersionsQuality:
    if (
        data.__class__ is str
        and data in UPDATE_PROMPT_RESPONSE2_VERSIONS_QUALITY_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, UPDATE_PROMPT_RESPONSE2_VERSIONS_QUALITY_VALUES)
