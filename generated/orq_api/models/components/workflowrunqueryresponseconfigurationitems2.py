"""components models: WorkflowRunQueryResponseConfigurationItems2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseconfigurationitems3datatype import (
    WORKFLOW_RUN_QUERY_RESPONSE_CONFIGURATION_ITEMS3_DATA_TYPE_VALUES,
    WorkflowRunQueryResponseConfigurationItems3DataType,
    decode_workflow_run_query_response_configuration_items3_data_type,
)

__all__ = ["WorkflowRunQueryResponseConfigurationItems2"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseConfigurationItems2(_rt.Base):
    """WorkflowRunQueryResponseConfigurationItems2"""

    type: WorkflowRunQueryResponseConfigurationItems3DataType
    query: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseConfigurationItems2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["query"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in WORKFLOW_RUN_QUERY_RESPONSE_CONFIGURATION_ITEMS3_DATA_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE_CONFIGURATION_ITEMS3_DATA_TYPE_VALUES
            ).at(".type")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".query")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_configuration_items2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.query = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "query": self.query,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_configuration_items2 = frozenset({"type", "query"})
