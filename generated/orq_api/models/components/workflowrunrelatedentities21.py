"""components models: WorkflowRunRelatedEntities21"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2type import (
    WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES,
    WorkflowRunRelatedEntities2Type,
    decode_workflow_run_related_entities2_type,
)

__all__ = ["WorkflowRunRelatedEntities21"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunRelatedEntities21(_rt.Base):
    """WorkflowRunRelatedEntities21"""

    type: WorkflowRunRelatedEntities2Type
    deployment_key: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunRelatedEntities21:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["deployment_key"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES
        ):
            raise _rt.enum_error(v0, WORKFLOW_RUN_RELATED_ENTITIES2_TYPE_VALUES).at(
                ".type"
            )
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".deployment_key")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_related_entities21
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.deployment_key = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "deployment_key": self.deployment_key,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_related_entities21 = frozenset({"type", "deployment_key"})
