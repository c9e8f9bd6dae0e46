"""components models: GetAllPromptsResponseResponseFormatItems21"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseresponseformatitems2jsonschema import (
    GetAllPromptsResponseResponseFormatItems2JsonSchema,
)
from .getallpromptsresponseresponseformatitems2versionstype import (
    GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_TYPE_VALUES,
    GetAllPromptsResponseResponseFormatItems2VersionsType,
    decode_get_all_prompts_response_response_format_items2_versions_type,
)

__all__ = ["GetAllPromptsResponseResponseFormatItems21"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsResponseResponseFormatItems21(_rt.Base):
    """GetAllPromptsResponseResponseFormatItems21"""

    type: GetAllPromptsResponseResponseFormatItems2VersionsType
    json_schema: GetAllPromptsResponseResponseFormatItems2JsonSchema
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsResponseResponseFormatItems21:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["json_schema"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, GET_ALL_PROMPTS_RESPONSE_RESPONSE_FORMAT_ITEMS2_VERSIONS_TYPE_VALUES
            ).at(".type")
        try:
            v1 = GetAllPromptsResponseResponseFormatItems2JsonSchema.from_dict(v1)
        except ValidationError as e:
            raise e.at(".json_schema")
        except RecursionError:
            raise _rt.too_deep().at(".json_schema") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_get_all_prompts_response_response_format_items21
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.json_schema = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "json_schema": self.json_schema.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_all_prompts_response_response_format_items21 = frozenset(
    {"type", "json_schema"}
)
