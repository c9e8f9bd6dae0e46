"""components models: PromptTemplateGetAllResponse2Items1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items2type import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_TYPE_VALUES,
    PromptTemplateGetAllResponse2Items2Type,
    decode_prompt_template_get_all_response2_items2_type,
)

__all__ = ["PromptTemplateGetAllResponse2Items1"]


@dataclass(slots=True, kw_only=True)
class PromptTemplateGetAllResponse2Items1(_rt.Base):
    """Text content part of a prompt message"""

    type: PromptTemplateGetAllResponse2Items2Type
    text: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptTemplateGetAllResponse2Items1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["text"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".text")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_prompt_template_get_all_response2_items1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.text = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "text": self.text,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_prompt_template_get_all_response2_items1 = frozenset({"type", "text"})
