"""components models: PromptTemplateGetAllResponseResponseFormatType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES",
    "PromptTemplateGetAllResponseResponseFormatType",
    "decode_prompt_template_get_all_response_response_format_type",
]


PromptTemplateGetAllResponseResponseFormatType = Literal["json_schema"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES = frozenset(
    ("json_schema",)
)


def decode_prompt_template_get_all_response_response_format_type(
    data: Any,
) -> PromptTemplateGetAllResponseResponseFormatType:
    if (
        data.__class__ is str
        and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_TYPE_VALUES
    )
