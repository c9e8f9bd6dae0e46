"""components models: WorkflowRun3Tools"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun3function import WorkflowRun3Function
from .workflowrun3type import (
    WORKFLOW_RUN3_TYPE_VALUES,
    WorkflowRun3Type,
    decode_workflow_run3_type,
)

__all__ = ["WorkflowRun3Tools"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun3Tools(_rt.Base):
    """WorkflowRun3Tools"""

    type: WorkflowRun3Type
    """The type of the tool. Currently, only `function` is supported."""
    function: WorkflowRun3Function
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun3Tools:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in WORKFLOW_RUN3_TYPE_VALUES:
            raise _rt.enum_error(v0, WORKFLOW_RUN3_TYPE_VALUES).at(".type")
        try:
            v1 = WorkflowRun3Function.from_dict(v1)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run3_tools
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.function = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "function": self.function.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run3_tools = frozenset({"type", "function"})
