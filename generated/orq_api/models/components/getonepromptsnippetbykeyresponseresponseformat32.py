"""components models: GetOnePromptSnippetByKeyResponseResponseFormat32"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponseresponseformat3promptconfigtype import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES,
    GetOnePromptSnippetByKeyResponseResponseFormat3PromptConfigType,
    decode_get_one_prompt_snippet_by_key_response_response_format3_prompt_config_type,
)

__all__ = ["GetOnePromptSnippetByKeyResponseResponseFormat32"]


@dataclass(slots=True, kw_only=True)
class GetOnePromptSnippetByKeyResponseResponseFormat32(_rt.Base):
    """GetOnePromptSnippetByKeyResponseResponseFormat32"""

    type: GetOnePromptSnippetByKeyResponseResponseFormat3PromptConfigType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetOnePromptSnippetByKeyResponseResponseFormat32:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE_RESPONSE_FORMAT3_PROMPT_CONFIG_TYPE_VALUES,
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_get_one_prompt_snippet_by_key_response_response_format32
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_one_prompt_snippet_by_key_response_response_format32 = frozenset({"type"})
