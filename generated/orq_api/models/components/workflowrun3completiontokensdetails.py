"""components models: WorkflowRun3CompletionTokensDetails"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRun3CompletionTokensDetails"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun3CompletionTokensDetails(_rt.Base):
    """WorkflowRun3CompletionTokensDetails"""

    reasoning_tokens: Union[float, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun3CompletionTokensDetails:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("reasoning_tokens", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".reasoning_tokens")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".reasoning_tokens")
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run3_completion_tokens_details
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.reasoning_tokens = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.reasoning_tokens
        if v0 is not UNSET:
            out["reasoning_tokens"] = v0
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run3_completion_tokens_details = frozenset({"reasoning_tokens"})
