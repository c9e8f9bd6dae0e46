"""components models: WorkflowRunRelatedEntities1Evals42"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals4relatedentitiestype import (
    WORKFLOW_RUN_RELATED_ENTITIES1_EVALS4_RELATED_ENTITIES_TYPE_VALUES,
    WorkflowRunRelatedEntities1Evals4RelatedEntitiesType,
    decode_workflow_run_related_entities1_evals4_related_entities_type,
)

__all__ = ["WorkflowRunRelatedEntities1Evals42"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunRelatedEntities1Evals42(_rt.Base):
    """Define the user set using the SDK"""

    type: WorkflowRunRelatedEntities1Evals4RelatedEntitiesType
    contact_id: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunRelatedEntities1Evals42:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["contact_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in WORKFLOW_RUN_RELATED_ENTITIES1_EVALS4_RELATED_ENTITIES_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_RELATED_ENTITIES1_EVALS4_RELATED_ENTITIES_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".contact_id")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_related_entities1_evals42
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.contact_id = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "contact_id": self.contact_id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_related_entities1_evals42 = frozenset({"type", "contact_id"})
