"""components models: WorkflowRunVariables"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunVariables"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunVariables(_rt.Base):
    """WorkflowRunVariables"""

    key: str
    value: Union[Any, Unset] = UNSET
    is_pii: Union[bool, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunVariables:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["key"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".key")
        v1 = data.get("value", UNSET)
        v2 = data.get("is_pii", UNSET)
        if v2 is not UNSET:
            if type(v2) is not bool:
                raise _rt.type_error("bool", v2).at(".is_pii")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_variables
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.key = v0
        obj.value = v1
        obj.is_pii = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "key": self.key,
        }
        v1 = self.value
        if v1 is not UNSET:
            out["value"] = v1
        v2 = self.is_pii
        if v2 is not UNSET:
            out["is_pii"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_variables = frozenset({"key", "value", "is_pii"})
