"""components models: WorkflowRun2Threshold"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun2operator import (
    WORKFLOW_RUN2_OPERATOR_VALUES,
    WorkflowRun2Operator,
    decode_workflow_run2_operator,
)

__all__ = ["WorkflowRun2Threshold"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun2Threshold(_rt.Base):
    """WorkflowRun2Threshold"""

    value: float
    operator: WorkflowRun2Operator
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun2Threshold:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["value"]
            v1 = data["operator"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".value")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".value")
        if v1.__class__ is not str or v1 not in WORKFLOW_RUN2_OPERATOR_VALUES:
            raise _rt.enum_error(v1, WORKFLOW_RUN2_OPERATOR_VALUES).at(".operator")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run2_threshold
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.value = v0
        obj.operator = v1  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "value": self.value,
            "operator": self.operator,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run2_threshold = frozenset({"value", "operator"})
