"""components models: PromptTemplateGetAllResponseItemsMetadata"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["PromptTemplateGetAllResponseItemsMetadata"]


@dataclass(slots=True, kw_only=True)
class PromptTemplateGetAllResponseItemsMetadata(_rt.Base):
    """PromptTemplateGetAllResponseItemsMetadata"""

    use_cases: Union[List[str], Unset] = UNSET
    language: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptTemplateGetAllResponseItemsMetadata:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("use_cases", UNSET)
        if v0 is not UNSET:
            try:
                v0 = _rt.d_list(v0, _rt.d_str)
            except ValidationError as e:
                raise e.at(".use_cases")
            except RecursionError:
                raise _rt.too_deep().at(".use_cases") from None
        v1 = data.get("language", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".language")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_prompt_template_get_all_response_items_metadata
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.use_cases = v0
        obj.language = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.use_cases
        if v0 is not UNSET:
            out["use_cases"] = list(v0)
        v1 = self.language
        if v1 is not UNSET:
            out["language"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_prompt_template_get_all_response_items_metadata = frozenset(
    {"use_cases", "language"}
)
