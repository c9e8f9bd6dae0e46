"""components models: RelatedEntities5"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2relatedentities5type import (
    WORKFLOW_RUN_RELATED_ENTITIES2_RELATED_ENTITIES5_TYPE_VALUES,
    WorkflowRunRelatedEntities2RelatedEntities5Type,
    decode_workflow_run_related_entities2_related_entities5_type,
)

__all__ = ["RelatedEntities5"]


@dataclass(slots=True, kw_only=True)
class RelatedEntities5(_rt.Base):
    """Define the user set using the SDK"""

    type: WorkflowRunRelatedEntities2RelatedEntities5Type
    contact_id: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RelatedEntities5:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["contact_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_RELATED_ENTITIES2_RELATED_ENTITIES5_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_RELATED_ENTITIES2_RELATED_ENTITIES5_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".contact_id")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_related_entities5}
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


_KEYS_related_entities5 = frozenset({"type", "contact_id"})
