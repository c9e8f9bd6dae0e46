"""components models: UpdatePromptRequestResponseFormat1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptrequestresponseformatjsonschema import (
    UpdatePromptRequestResponseFormatJsonSchema,
)
from .updatepromptrequestresponseformattype import (
    UPDATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES,
    UpdatePromptRequestResponseFormatType,
    decode_update_prompt_request_response_format_type,
)

__all__ = ["UpdatePromptRequestResponseFormat1"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptRequestResponseFormat1(_rt.Base):
    """UpdatePromptRequestResponseFormat1"""

    type: UpdatePromptRequestResponseFormatType
    json_schema: UpdatePromptRequestResponseFormatJsonSchema
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptRequestResponseFormat1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["json_schema"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in UPDATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, UPDATE_PROMPT_REQUEST_RESPONSE_FORMAT_TYPE_VALUES
            ).at(".type")
        try:
            v1 = UpdatePromptRequestResponseFormatJsonSchema.from_dict(v1)
        except ValidationError as e:
            raise e.at(".json_schema")
        except RecursionError:
            raise _rt.too_deep().at(".json_schema") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_prompt_request_response_format1
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


_KEYS_update_prompt_request_response_format1 = frozenset({"type", "json_schema"})
