"""components models: ItemsUsage"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .itemscompletiontokensdetails import ItemsCompletionTokensDetails
from .itemsprompttokensdetails import ItemsPromptTokensDetails

__all__ = ["ItemsUsage"]


@dataclass(slots=True, kw_only=True)
class ItemsUsage(_rt.Base):
    """ItemsUsage"""

    total_tokens: Union[float, Unset] = UNSET
    prompt_tokens: Union[float, Unset] = UNSET
    completion_tokens: Union[float, Unset] = UNSET
    prompt_tokens_details: Union[ItemsPromptTokensDetails, Unset] = UNSET
    completion_tokens_details: Union[ItemsCompletionTokensDetails, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ItemsUsage:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("total_tokens", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".total_tokens")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".total_tokens")
        v1 = data.get("prompt_tokens", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".prompt_tokens")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".prompt_tokens")
        v2 = data.get("completion_tokens", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".completion_tokens")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".completion_tokens")
        v3 = data.get("prompt_tokens_details", UNSET)
        if v3 is not UNSET:
            try:
                v3 = ItemsPromptTokensDetails.from_dict(v3)
            except ValidationError as e:
                raise e.at(".prompt_tokens_details")
            except RecursionError:
                raise _rt.too_deep().at(".prompt_tokens_details") from None
        v4 = data.get("completion_tokens_details", UNSET)
        if v4 is not UNSET:
            try:
                v4 = ItemsCompletionTokensDetails.from_dict(v4)
            except ValidationError as e:
                raise e.at(".completion_tokens_details")
            except RecursionError:
                raise _rt.too_deep().at(".completion_tokens_details") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_items_usage}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.total_tokens = v0
        obj.prompt_tokens = v1
        obj.completion_tokens = v2
        obj.prompt_tokens_details = v3
        obj.completion_tokens_details = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.total_tokens
        if v0 is not UNSET:
            out["total_tokens"] = v0
        v1 = self.prompt_tokens
        if v1 is not UNSET:
            out["prompt_tokens"] = v1
        v2 = self.completion_tokens
        if v2 is not UNSET:
            out["completion_tokens"] = v2
        v3 = self.prompt_tokens_details
        if v3 is not UNSET:
            out["prompt_tokens_details"] = v3.to_dict()
        v4 = self.completion_tokens_details
        if v4 is not UNSET:
            out["completion_tokens_details"] = v4.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_items_usage = frozenset(
    {
        "total_tokens",
        "prompt_tokens",
        "completion_tokens",
        "prompt_tokens_details",
        "completion_tokens_details",
    }
)
