"""components models: Filters2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsrequestfilterstype import (
    GET_ALL_PROMPTS_REQUEST_FILTERS_TYPE_VALUES,
    GetAllPromptsRequestFiltersType,
    decode_get_all_prompts_request_filters_type,
)

__all__ = ["Filters2"]


@dataclass(slots=True, kw_only=True)
class Filters2(_rt.Base):
    """Filters2"""

    type: GetAllPromptsRequestFiltersType
    value: str
    search_paths: List[str]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Filters2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["value"]
            v2 = data["searchPaths"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in GET_ALL_PROMPTS_REQUEST_FILTERS_TYPE_VALUES
        ):
            raise _rt.enum_error(v0, GET_ALL_PROMPTS_REQUEST_FILTERS_TYPE_VALUES).at(
                ".type"
            )
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".value")
        try:
            v2 = _rt.d_list(v2, _rt.d_str)
        except ValidationError as e:
            raise e.at(".searchPaths")
        except RecursionError:
            raise _rt.too_deep().at(".searchPaths") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {k: x for k, x in data.items() if k not in _KEYS_filters2}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.value = v1
        obj.search_paths = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "value": self.value,
            "searchPaths": list(self.search_paths),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_filters2 = frozenset({"type", "value", "searchPaths"})
