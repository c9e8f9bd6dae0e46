"""components models: WorkflowRunQueryResponseEvalsItems4Data"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems4action import (
    WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_ACTION_VALUES,
    WorkflowRunQueryResponseEvalsItems4Action,
    decode_workflow_run_query_response_evals_items4_action,
)
from .workflowrunqueryresponseevalsitems4billing import (
    WorkflowRunQueryResponseEvalsItems4Billing,
)
from .workflowrunqueryresponseevalsitems4choices import (
    WorkflowRunQueryResponseEvalsItems4Choices,
)
from .workflowrunqueryresponseevalsitems4performance import (
    WorkflowRunQueryResponseEvalsItems4Performance,
)
from .workflowrunqueryresponseevalsitems4promptconfig import (
    WorkflowRunQueryResponseEvalsItems4PromptConfig,
)
from .workflowrunqueryresponseevalsitems4promptsnippets import (
    WorkflowRunQueryResponseEvalsItems4PromptSnippets,
)
from .workflowrunqueryresponseevalsitems4tools import (
    WorkflowRunQueryResponseEvalsItems4Tools,
)
from .workflowrunqueryresponseevalsitems4usage import (
    WorkflowRunQueryResponseEvalsItems4Usage,
)
from .workflowrunqueryresponseevalsitems4variables import (
    WorkflowRunQueryResponseEvalsItems4Variables,
)

__all__ = ["WorkflowRunQueryResponseEvalsItems4Data"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItems4Data(_rt.Base):
    """WorkflowRunQueryResponseEvalsItems4Data"""

    choices: Union[List[WorkflowRunQueryResponseEvalsItems4Choices], Unset] = UNSET
    action: WorkflowRunQueryResponseEvalsItems4Action
    prompt_config: WorkflowRunQueryResponseEvalsItems4PromptConfig
    variables: List[WorkflowRunQueryResponseEvalsItems4Variables]
    performance: Union[WorkflowRunQueryResponseEvalsItems4Performance, Unset] = UNSET
    usage: Union[WorkflowRunQueryResponseEvalsItems4Usage, Unset] = UNSET
    billing: Union[WorkflowRunQueryResponseEvalsItems4Billing, Unset] = UNSET
    tools: Union[List[WorkflowRunQueryResponseEvalsItems4Tools], Unset] = UNSET
    prompt_snippets: List[WorkflowRunQueryResponseEvalsItems4PromptSnippets]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItems4Data:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v1 = data["action"]
            v2 = data["prompt_config"]
            v3 = data["variables"]
            v8 = data["prompt_snippets"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("choices", UNSET)
        if v0 is not UNSET:
            try:
                v0 = _rt.d_list(
                    v0, WorkflowRunQueryResponseEvalsItems4Choices.from_dict
                )
            except ValidationError as e:
                raise e.at(".choices")
            except RecursionError:
                raise _rt.too_deep().at(".choices") from None
        if (
            v1.__class__ is not str
            or v1 not in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_ACTION_VALUES
        ):
            raise _rt.enum_error(
                v1, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS4_ACTION_VALUES
            ).at(".action")
        try:
            v2 = WorkflowRunQueryResponseEvalsItems4PromptConfig.from_dict(v2)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v3 = _rt.d_list(v3, WorkflowRunQueryResponseEvalsItems4Variables.from_dict)
        except ValidationError as e:
            raise e.at(".variables")
        except RecursionError:
            raise _rt.too_deep().at(".variables") from None
        v4 = data.get("performance", UNSET)
        if v4 is not UNSET:
            try:
                v4 = WorkflowRunQueryResponseEvalsItems4Performance.from_dict(v4)
            except ValidationError as e:
                raise e.at(".performance")
            except RecursionError:
                raise _rt.too_deep().at(".performance") from None
        v5 = data.get("usage", UNSET)
        if v5 is not UNSET:
            try:
                v5 = WorkflowRunQueryResponseEvalsItems4Usage.from_dict(v5)
            except ValidationError as e:
                raise e.at(".usage")
            except RecursionError:
                raise _rt.too_deep().at(".usage") from None
        v6 = data.get("billing", UNSET)
        if v6 is not UNSET:
            try:
                v6 = WorkflowRunQueryResponseEvalsItems4Billing.from_dict(v6)
            except ValidationError as e:
                raise e.at(".billing")
            except RecursionError:
                raise _rt.too_deep().at(".billing") from None
        v7 = data.get("tools", UNSET)
        if v7 is not UNSET:
            try:
                v7 = _rt.d_list(v7, WorkflowRunQueryResponseEvalsItems4Tools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
        try:
            v8 = _rt.d_list(
                v8, WorkflowRunQueryResponseEvalsItems4PromptSnippets.from_dict
            )
        except ValidationError as e:
            raise e.at(".prompt_snippets")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_snippets") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            4
            + (v0 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items4_data
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.choices = v0
        obj.action = v1  # type: ignore[assignment]
        obj.prompt_config = v2
        obj.variables = v3
        obj.performance = v4
        obj.usage = v5
        obj.billing = v6
        obj.tools = v7
        obj.prompt_snippets = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "action": self.action,
            "prompt_config": self.prompt_config.to_dict(),
            "variables": [x0.to_dict() for x0 in self.variables],
            "prompt_snippets": [x0.to_dict() for x0 in self.prompt_snippets],
        }
        v0 = self.choices
        if v0 is not UNSET:
            out["choices"] = [x0.to_dict() for x0 in v0]
        v4 = self.performance
        if v4 is not UNSET:
            out["performance"] = v4.to_dict()
        v5 = self.usage
        if v5 is not UNSET:
            out["usage"] = v5.to_dict()
        v6 = self.billing
        if v6 is not UNSET:
            out["billing"] = v6.to_dict()
        v7 = self.tools
        if v7 is not UNSET:
            out["tools"] = [x0.to_dict() for x0 in v7]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items4_data = frozenset(
    {
        "choices",
        "action",
        "prompt_config",
        "variables",
        "performance",
        "usage",
        "billing",
        "tools",
        "prompt_snippets",
    }
)
