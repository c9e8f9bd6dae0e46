"""components models: GetAllPromptsResponseResponseFormatJsonSchema"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["GetAllPromptsResponseResponseFormatJsonSchema"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsResponseResponseFormatJsonSchema(_rt.Base):
    """GetAllPromptsResponseResponseFormatJsonSchema"""

    name: str
    strict: bool
    schema: Dict[str, Any]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsResponseResponseFormatJsonSchema:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["name"]
            v1 = data["strict"]
            v2 = data["schema"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".name")
        if type(v1) is not bool:
            raise _rt.type_error("bool", v1).at(".strict")
        try:
            v2 = _rt.d_map(v2, _rt.d_any)
        except ValidationError as e:
            raise e.at(".schema")
        except RecursionError:
            raise _rt.too_deep().at(".schema") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_get_all_prompts_response_response_format_json_schema
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.name = v0
        obj.strict = v1
        obj.schema = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "name": self.name,
            "strict": self.strict,
            "schema": dict(self.schema),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_all_prompts_response_response_format_json_schema = frozenset(
    {"name", "strict", "schema"}
)
