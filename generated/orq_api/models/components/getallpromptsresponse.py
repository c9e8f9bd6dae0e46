"""components models: GetAllPromptsResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsresponseitems import (
    GetAllPromptsResponseItems,
    decode_get_all_prompts_response_items,
    encode_get_all_prompts_response_items,
)

__all__ = ["GetAllPromptsResponse"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsResponse(_rt.Base):
    """GetAllPromptsResponse"""

    count: float
    items: List[GetAllPromptsResponseItems]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["count"]
            v1 = data["items"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".count")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".count")
        try:
            v1 = _rt.d_list(v1, decode_get_all_prompts_response_items)
        except ValidationError as e:
            raise e.at(".items")
        except RecursionError:
            raise _rt.too_deep().at(".items") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_get_all_prompts_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.count = v0
        obj.items = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "count": self.count,
            "items": [encode_get_all_prompts_response_items(x0) for x0 in self.items],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_all_prompts_response = frozenset({"count", "items"})
