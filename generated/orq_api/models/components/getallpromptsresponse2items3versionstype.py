"""components models: GetAllPromptsResponse2Items3VersionsType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GET_ALL_PROMPTS_RESPONSE2_ITEMS3_VERSIONS_TYPE_VALUES",
    "GetAllPromptsResponse2Items3VersionsType",
    "decode_get_all_prompts_response2_items3_versions_type",
]


GetAllPromptsResponse2Items3VersionsType = Literal["text"]


GET_ALL_PROMPTS_RESPONSE2_ITEMS3_VERSIONS_TYPE_VALUES = frozenset(("text",))


def decode_get_all_prompts_response2_items3_versions_type(
    data: Any,
) -> GetAllPromptsResponse2Items3VersionsType:
    if (
        data.__class__ is str
        and data in GET_ALL_PROMPTS_RESPONSE2_ITEMS3_VERSIONS_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GET_ALL_PROMPTS_RESPONSE2_ITEMS3_VERSIONS_TYPE_VALUES)
