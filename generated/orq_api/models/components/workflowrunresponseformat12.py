"""components models: WorkflowRunResponseFormat12"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunresponseformat1evalstype import (
    WORKFLOW_RUN_RESPONSE_FORMAT1_EVALS_TYPE_VALUES,
    WorkflowRunResponseFormat1EvalsType,
    decode_workflow_run_response_format1_evals_type,
)

__all__ = ["WorkflowRunResponseFormat12"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunResponseFormat12(_rt.Base):
    """WorkflowRunResponseFormat12"""

    type: WorkflowRunResponseFormat1EvalsType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunResponseFormat12:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_RESPONSE_FORMAT1_EVALS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_RESPONSE_FORMAT1_EVALS_TYPE_VALUES
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_response_format12
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_response_format12 = frozenset({"type"})
