"""components models: UpdatePromptResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse1 import UpdatePromptResponse1
from .updatepromptresponse2 import UpdatePromptResponse2
from .updatepromptresponse3 import UpdatePromptResponse3

__all__ = [
    "UpdatePromptResponse",
    "decode_update_prompt_response",
    "encode_update_prompt_response",
]


UpdatePromptResponse = Union[
    UpdatePromptResponse1, UpdatePromptResponse2, UpdatePromptResponse3
]
""""""


def decode_update_prompt_response(data: Any) -> UpdatePromptResponse:
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return UpdatePromptResponse1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "key" in data
        and "type" in data
    ):
        try:
            return UpdatePromptResponse2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "_id" in data
        and "owner" in data
        and "domain_id" in data
        and "created_by_id" in data
        and "display_name" in data
        and "updated_by_id" in data
        and "prompt_config" in data
        and "metadata" in data
        and "versions" in data
        and "type" in data
    ):
        try:
            return UpdatePromptResponse3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(UpdatePromptResponse1.from_dict, data),
            _rt.error_of(UpdatePromptResponse2.from_dict, data),
            _rt.error_of(UpdatePromptResponse3.from_dict, data),
        ]
    )


def encode_update_prompt_response(value: UpdatePromptResponse) -> Any:
    return value.to_dict()
