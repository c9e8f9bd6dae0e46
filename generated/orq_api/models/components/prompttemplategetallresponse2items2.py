"""components models: PromptTemplateGetAllResponse2Items2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .prompttemplategetallresponse2items2promptconfigtype import (
    PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES,
    PromptTemplateGetAllResponse2Items2PromptConfigType,
    decode_prompt_template_get_all_response2_items2_prompt_config_type,
)
from .prompttemplategetallresponse2itemsimageurl import (
    PromptTemplateGetAllResponse2ItemsImageUrl,
)

__all__ = ["PromptTemplateGetAllResponse2Items2"]


@dataclass(slots=True, kw_only=True)
class PromptTemplateGetAllResponse2Items2(_rt.Base):
    """The image part of the prompt message. Only supported with vision models."""

    type: PromptTemplateGetAllResponse2Items2PromptConfigType
    image_url: PromptTemplateGetAllResponse2ItemsImageUrl
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptTemplateGetAllResponse2Items2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["image_url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, PROMPT_TEMPLATE_GET_ALL_RESPONSE2_ITEMS2_PROMPT_CONFIG_TYPE_VALUES
            ).at(".type")
        try:
            v1 = PromptTemplateGetAllResponse2ItemsImageUrl.from_dict(v1)
        except ValidationError as e:
            raise e.at(".image_url")
        except RecursionError:
            raise _rt.too_deep().at(".image_url") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_prompt_template_get_all_response2_items2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.image_url = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "image_url": self.image_url.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_prompt_template_get_all_response2_items2 = frozenset({"type", "image_url"})
