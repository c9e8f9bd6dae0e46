"""components models: WorkflowRunRetries"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunRetries"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunRetries(_rt.Base):
    """WorkflowRunRetries"""

    retry_attempt: float
    status: float
    message: Union[str, Unset] = UNSET
    is_fallback: Union[bool, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunRetries:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["retry_attempt"]
            v1 = data["status"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".retry_attempt")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".retry_attempt")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".status")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".status")
        v2 = data.get("message", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".message")
        v3 = data.get("is_fallback", UNSET)
        if v3 is not UNSET:
            if type(v3) is not bool:
                raise _rt.type_error("bool", v3).at(".is_fallback")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_retries
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.retry_attempt = v0
        obj.status = v1
        obj.message = v2
        obj.is_fallback = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "retry_attempt": self.retry_attempt,
            "status": self.status,
        }
        v2 = self.message
        if v2 is not UNSET:
            out["message"] = v2
        v3 = self.is_fallback
        if v3 is not UNSET:
            out["is_fallback"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_retries = frozenset(
    {"retry_attempt", "status", "message", "is_fallback"}
)
