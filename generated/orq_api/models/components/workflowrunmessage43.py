"""components models: WorkflowRunMessage43"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunmessage4datachoicesrole import (
    WORKFLOW_RUN_MESSAGE4_DATA_CHOICES_ROLE_VALUES,
    WorkflowRunMessage4DataChoicesRole,
    decode_workflow_run_message4_data_choices_role,
)

__all__ = ["WorkflowRunMessage43"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunMessage43(_rt.Base):
    """WorkflowRunMessage43"""

    role: WorkflowRunMessage4DataChoicesRole
    """The role of the prompt message"""
    url: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunMessage43:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["role"]
            v1 = data["url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_MESSAGE4_DATA_CHOICES_ROLE_VALUES
        ):
            raise _rt.enum_error(v0, WORKFLOW_RUN_MESSAGE4_DATA_CHOICES_ROLE_VALUES).at(
                ".role"
            )
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".url")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run_message43
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.role = v0  # type: ignore[assignment]
        obj.url = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "role": self.role,
            "url": self.url,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_message43 = frozenset({"role", "url"})
