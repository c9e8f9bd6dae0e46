"""components models: PromptTemplateGetAllRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PromptTemplateGetAllRequest"]


@dataclass(slots=True, kw_only=True)
class PromptTemplateGetAllRequest(_rt.Base):
    """PromptTemplateGetAllRequest"""

    page: Union[str, Unset] = UNSET
    limit: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptTemplateGetAllRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("page", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".page")
        v1 = data.get("limit", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".limit")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_prompt_template_get_all_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.page = v0
        obj.limit = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.page
        if v0 is not UNSET:
            out["page"] = v0
        v1 = self.limit
        if v1 is not UNSET:
            out["limit"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_prompt_template_get_all_request = frozenset({"page", "limit"})
