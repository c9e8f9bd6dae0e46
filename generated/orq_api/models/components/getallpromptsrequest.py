"""components models: GetAllPromptsRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filters import Filters, decode_filters, encode_filters

__all__ = ["GetAllPromptsRequest"]


@dataclass(slots=True, kw_only=True)
class GetAllPromptsRequest(_rt.Base):
    """GetAllPromptsRequest"""

    filters: List[Filters]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetAllPromptsRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["filters"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, decode_filters)
        except ValidationError as e:
            raise e.at(".filters")
        except RecursionError:
            raise _rt.too_deep().at(".filters") from None
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_get_all_prompts_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.filters = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "filters": [encode_filters(x0) for x0 in self.filters],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_all_prompts_request = frozenset({"filters"})
