"""components models: ProcessingAttempts"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .errors import Errors

__all__ = ["ProcessingAttempts"]


@dataclass(slots=True, kw_only=True)
class ProcessingAttempts(_rt.Base):
    """ProcessingAttempts"""

    id: str
    started_at: str
    queued_at: Union[str, Unset] = UNSET
    completed_at: Union[str, Unset] = UNSET
    errors: Union[List[Errors], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ProcessingAttempts:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["started_at"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".started_at")
        v2 = data.get("queued_at", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".queued_at")
        v3 = data.get("completed_at", UNSET)
        if v3 is not UNSET:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".completed_at")
        v4 = data.get("errors", UNSET)
        if v4 is not UNSET:
            try:
                v4 = _rt.d_list(v4, Errors.from_dict)
            except ValidationError as e:
                raise e.at(".errors")
            except RecursionError:
                raise _rt.too_deep().at(".errors") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET) + (v4 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_processing_attempts
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.started_at = v1
        obj.queued_at = v2
        obj.completed_at = v3
        obj.errors = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "started_at": self.started_at,
        }
        v2 = self.queued_at
        if v2 is not UNSET:
            out["queued_at"] = v2
        v3 = self.completed_at
        if v3 is not UNSET:
            out["completed_at"] = v3
        v4 = self.errors
        if v4 is not UNSET:
            out["errors"] = [x0.to_dict() for x0 in v4]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_processing_attempts = frozenset(
    {"id", "started_at", "queued_at", "completed_at", "errors"}
)
