"""components models: WorkflowRunQueryResponseItemsItemsTools"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitemsitems4function import (
    WorkflowRunQueryResponseItemsItems4Function,
)
from .workflowrunqueryresponseitemsitems4type import (
    WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_TYPE_VALUES,
    WorkflowRunQueryResponseItemsItems4Type,
    decode_workflow_run_query_response_items_items4_type,
)

__all__ = ["WorkflowRunQueryResponseItemsItemsTools"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsItemsTools(_rt.Base):
    """WorkflowRunQueryResponseItemsItemsTools"""

    type: WorkflowRunQueryResponseItemsItems4Type
    """The type of the tool. Currently, only `function` is supported."""
    function: WorkflowRunQueryResponseItemsItems4Function
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsItemsTools:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_TYPE_VALUES
            ).at(".type")
        try:
            v1 = WorkflowRunQueryResponseItemsItems4Function.from_dict(v1)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_items_tools
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


_KEYS_workflow_run_query_response_items_items_tools = frozenset({"type", "function"})
