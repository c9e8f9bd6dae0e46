"""components models: PromptTemplateGetAllResponseResponseFormatItems12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponseresponseformatitems1versionstype import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_ITEMS1_VERSIONS_TYPE_VALUES,
    PromptTemplateGetAllResponseResponseFormatItems1VersionsType,
    decode_prompt_template_get_all_response_response_format_items1_versions_type,
)

__all__ = ["PromptTemplateGetAllResponseResponseFormatItems12"]


@dataclass(slots=True, kw_only=True)
class PromptTemplateGetAllResponseResponseFormatItems12(_rt.Base):
    """PromptTemplateGetAllResponseResponseFormatItems12"""

    type: PromptTemplateGetAllResponseResponseFormatItems1VersionsType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptTemplateGetAllResponseResponseFormatItems12:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_ITEMS1_VERSIONS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                PROMPT_TEMPLATE_GET_ALL_RESPONSE_RESPONSE_FORMAT_ITEMS1_VERSIONS_TYPE_VALUES,
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_prompt_template_get_all_response_response_format_items12
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


_KEYS_prompt_template_get_all_response_response_format_items12 = frozenset({"type"})
