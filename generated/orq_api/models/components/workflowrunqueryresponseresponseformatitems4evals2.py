"""components models: WorkflowRunQueryResponseResponseFormatItems4Evals2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseresponseformatitems4evals7type import (
    WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS4_EVALS7_TYPE_VALUES,
    WorkflowRunQueryResponseResponseFormatItems4Evals7Type,
    decode_workflow_run_query_response_response_format_items4_evals7_type,
)

__all__ = ["WorkflowRunQueryResponseResponseFormatItems4Evals2"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseResponseFormatItems4Evals2(_rt.Base):
    """WorkflowRunQueryResponseResponseFormatItems4Evals2"""

    type: WorkflowRunQueryResponseResponseFormatItems4Evals7Type
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseResponseFormatItems4Evals2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS4_EVALS7_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                WORKFLOW_RUN_QUERY_RESPONSE_RESPONSE_FORMAT_ITEMS4_EVALS7_TYPE_VALUES,
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_workflow_run_query_response_response_format_items4_evals2
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


_KEYS_workflow_run_query_response_response_format_items4_evals2 = frozenset({"type"})
