"""components models: PromptTemplateGetAllResponseOwner2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES",
    "PromptTemplateGetAllResponseOwner2",
    "decode_prompt_template_get_all_response_owner2",
]


PromptTemplateGetAllResponseOwner2 = Literal["vendor"]


PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES = frozenset(("vendor",))


def decode_prompt_template_get_all_response_owner2(
    data: Any,
) -> PromptTemplateGetAllResponseOwner2:
    if data.__class__ is str and data in PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, PROMPT_TEMPLATE_GET_ALL_RESPONSE_OWNER2_VALUES)
