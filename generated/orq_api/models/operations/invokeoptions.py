"""operations models: InvokeOptions"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["InvokeOptions"]


@dataclass(slots=True, kw_only=True)
class InvokeOptions(_rt.Base):
    """InvokeOptions"""

    include_retrievals: Union[bool, Unset] = UNSET
    """Whether to include the retrieved knowledge chunks in the response."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> InvokeOptions:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("include_retrievals", UNSET)
        if v0 is not UNSET:
            if type(v0) is not bool:
                raise _rt.type_error("bool", v0).at(".include_retrievals")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_invoke_options}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.include_retrievals = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.include_retrievals
        if v0 is not UNSET:
            out["include_retrievals"] = v0
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_invoke_options = frozenset({"include_retrievals"})
