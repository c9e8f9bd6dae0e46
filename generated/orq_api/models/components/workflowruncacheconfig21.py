"""components models: WorkflowRunCacheConfig21"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowruncacheconfig2datatype import (
    WORKFLOW_RUN_CACHE_CONFIG2_DATA_TYPE_VALUES,
    WorkflowRunCacheConfig2DataType,
    decode_workflow_run_cache_config2_data_type,
)

__all__ = ["WorkflowRunCacheConfig21"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunCacheConfig21(_rt.Base):
    """Schema for exact matching type of cache."""

    type: WorkflowRunCacheConfig2DataType
    ttl: Union[float, Unset] = UNSET
    """Time To Live"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunCacheConfig21:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_CACHE_CONFIG2_DATA_TYPE_VALUES
        ):
            raise _rt.enum_error(v0, WORKFLOW_RUN_CACHE_CONFIG2_DATA_TYPE_VALUES).at(
                ".type"
            )
        v1 = data.get("ttl", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".ttl")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".ttl")
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_cache_config21
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.ttl = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
        }
        v1 = self.ttl
        if v1 is not UNSET:
            out["ttl"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_cache_config21 = frozenset({"type", "ttl"})
