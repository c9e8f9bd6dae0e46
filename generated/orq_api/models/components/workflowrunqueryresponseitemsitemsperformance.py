"""components models: WorkflowRunQueryResponseItemsItemsPerformance"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunQueryResponseItemsItemsPerformance"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsItemsPerformance(_rt.Base):
    """WorkflowRunQueryResponseItemsItemsPerformance"""

    latency: float
    first_time_to_token: Union[Optional[float], Unset] = UNSET
    tokens_per_second: Union[Optional[float], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsItemsPerformance:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["latency"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".latency")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".latency")
        v1 = data.get("first_time_to_token", UNSET)
        if v1 is not UNSET and v1 is not None:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".first_time_to_token")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".first_time_to_token")
        v2 = data.get("tokens_per_second", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".tokens_per_second")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".tokens_per_second")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET) + (v2 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_items_performance
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.latency = v0
        obj.first_time_to_token = v1
        obj.tokens_per_second = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "latency": self.latency,
        }
        v1 = self.first_time_to_token
        if v1 is not UNSET:
            out["first_time_to_token"] = v1
        v2 = self.tokens_per_second
        if v2 is not UNSET:
            out["tokens_per_second"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_items_items_performance = frozenset(
    {"latency", "first_time_to_token", "tokens_per_second"}
)
