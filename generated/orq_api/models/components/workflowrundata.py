"""components models: WorkflowRunData"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunaction import (
    WORKFLOW_RUN_ACTION_VALUES,
    WorkflowRunAction,
    decode_workflow_run_action,
)

__all__ = ["WorkflowRunData"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunData(_rt.Base):
    """WorkflowRunData"""

    remote_config_id: str
    remote_config_key: str
    remote_config_type: str
    remote_config_version: float
    remote_config_variant_id: str
    remote_config_variant_position: float
    remote_config_value: Union[Any, Unset] = UNSET
    is_default_matched: bool
    action: WorkflowRunAction
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunData:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["remote_config_id"]
            v1 = data["remote_config_key"]
            v2 = data["remote_config_type"]
            v3 = data["remote_config_version"]
            v4 = data["remote_config_variant_id"]
            v5 = data["remote_config_variant_position"]
            v7 = data["is_default_matched"]
            v8 = data["action"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".remote_config_id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".remote_config_key")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".remote_config_type")
        if type(v3) is not float:
            if type(v3) is not int:
                raise _rt.type_error("float", v3).at(".remote_config_version")
        elif v3 - v3 != 0.0:
            raise _rt.not_finite(v3).at(".remote_config_version")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".remote_config_variant_id")
        if type(v5) is not float:
            if type(v5) is not int:
                raise _rt.type_error("float", v5).at(".remote_config_variant_position")
        elif v5 - v5 != 0.0:
            raise _rt.not_finite(v5).at(".remote_config_variant_position")
        v6 = data.get("remote_config_value", UNSET)
        if type(v7) is not bool:
            raise _rt.type_error("bool", v7).at(".is_default_matched")
        if v8.__class__ is not str or v8 not in WORKFLOW_RUN_ACTION_VALUES:
            raise _rt.enum_error(v8, WORKFLOW_RUN_ACTION_VALUES).at(".action")
        extras: Dict[str, Any] = {}
        if len(data) != 8 + (v6 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_workflow_run_data}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.remote_config_id = v0
        obj.remote_config_key = v1
        obj.remote_config_type = v2
        obj.remote_config_version = v3
        obj.remote_config_variant_id = v4
        obj.remote_config_variant_position = v5
        obj.remote_config_value = v6
        obj.is_default_matched = v7
        obj.action = v8  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "remote_config_id": self.remote_config_id,
            "remote_config_key": self.remote_config_key,
            "remote_config_type": self.remote_config_type,
            "remote_config_version": self.remote_config_version,
            "remote_config_variant_id": self.remote_config_variant_id,
            "remote_config_variant_position": self.remote_config_variant_position,
            "is_default_matched": self.is_default_matched,
            "action": self.action,
        }
        v6 = self.remote_config_value
        if v6 is not UNSET:
            out["remote_config_value"] = v6
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_data = frozenset(
    {
        "remote_config_id",
        "remote_config_key",
        "remote_config_type",
        "remote_config_version",
        "remote_config_variant_id",
        "remote_config_variant_position",
        "remote_config_value",
        "is_default_matched",
        "action",
    }
)
