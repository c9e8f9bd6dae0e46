"""components models: WorkflowRunQueryResponseEvalsItems3ToolCalls"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems3evals7workflowrundatapromptconfigtype import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_DATA_PROMPT_CONFIG_TYPE_VALUES,
    WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunDataPromptConfigType,
    decode_workflow_run_query_response_evals_items3_evals7_workflow_run_data_prompt_config_type,
)
from .workflowrunqueryresponseevalsitems3evalsfunction import (
    WorkflowRunQueryResponseEvalsItems3EvalsFunction,
)

__all__ = ["WorkflowRunQueryResponseEvalsItems3ToolCalls"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItems3ToolCalls(_rt.Base):
    """WorkflowRunQueryResponseEvalsItems3ToolCalls"""

    id: Union[str, Unset] = UNSET
    index: Union[float, Unset] = UNSET
    type: WorkflowRunQueryResponseEvalsItems3Evals7WorkflowRunDataPromptConfigType
    function: WorkflowRunQueryResponseEvalsItems3EvalsFunction
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItems3ToolCalls:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v2 = data["type"]
            v3 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("id", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".id")
        v1 = data.get("index", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".index")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".index")
        if (
            v2.__class__ is not str
            or v2
            not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_DATA_PROMPT_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v2,
                WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_EVALS7_WORKFLOW_RUN_DATA_PROMPT_CONFIG_TYPE_VALUES,
            ).at(".type")
        try:
            v3 = WorkflowRunQueryResponseEvalsItems3EvalsFunction.from_dict(v3)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v0 is not UNSET) + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items3_tool_calls
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.index = v1
        obj.type = v2  # type: ignore[assignment]
        obj.function = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "function": self.function.to_dict(),
        }
        v0 = self.id
        if v0 is not UNSET:
            out["id"] = v0
        v1 = self.index
        if v1 is not UNSET:
            out["index"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items3_tool_calls = frozenset(
    {"id", "index", "type", "function"}
)
