"""components models: GetAllPromptsResponseResponseFormatItems22"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseresponseformatitems2versionspromptconfigtype import (
    GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_PROMPT_CONFIG_TYPE_VALUES,
    GetAllPromptsResponseResponseFormatItems2VersionsPromptConfigType,
    decode_get_all_prompts_response_response_format_items2_versions_prompt_config_type,
)

__all__ = ["GetAllPromptsResponseResponseFormatItems22"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsResponseResponseFormatItems22(_rt.Base):
    """GetAllPromptsResponseResponseFormatItems22"""

    type: GetAllPromptsResponseResponseFormatItems2VersionsPromptConfigType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsResponseResponseFormatItems22:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_PROMPT_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_PROMPT_CONFIG_TYPE_VALUES,
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_get_all_prompts_response_response_format_items22
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


_KEYS_get_all_prompts_response_response_format_items22 = frozenset({"type"})
