"""components models: WorkflowRun3Data"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun3action import (
    WORKFLOW_RUN3_ACTION_VALUES,
    WorkflowRun3Action,
    decode_workflow_run3_action,
)
from .workflowrun3billing import WorkflowRun3Billing
from .workflowrun3choices import WorkflowRun3Choices
from .workflowrun3knowledgebases import WorkflowRun3KnowledgeBases
from .workflowrun3performance import WorkflowRun3Performance
from .workflowrun3promptconfig import WorkflowRun3PromptConfig
from .workflowrun3promptsnippets import WorkflowRun3PromptSnippets
from .workflowrun3retrievals import WorkflowRun3Retrievals
from .workflowrun3tools import WorkflowRun3Tools
from .workflowrun3usage import WorkflowRun3Usage
from .workflowrun3variables import WorkflowRun3Variables

__all__ = ["WorkflowRun3Data"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun3Data(_rt.Base):
    """WorkflowRun3Data"""

    choices: List[WorkflowRun3Choices]
    integration_ids: Union[List[str], Unset] = UNSET
    action: WorkflowRun3Action
    prompt_config: WorkflowRun3PromptConfig
    variables: List[WorkflowRun3Variables]
    performance: Union[WorkflowRun3Performance, Unset] = UNSET
    usage: Union[WorkflowRun3Usage, Unset] = UNSET
    billing: WorkflowRun3Billing
    provider_response: Union[Any, Unset] = UNSET
    retrievals: Union[List[WorkflowRun3Retrievals], Unset] = UNSET
    knowledge_bases: Union[List[WorkflowRun3KnowledgeBases], Unset] = UNSET
    tools: Union[List[WorkflowRun3Tools], Unset] = UNSET
    prompt_snippets: List[WorkflowRun3PromptSnippets]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun3Data:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["choices"]
            v2 = data["action"]
            v3 = data["prompt_config"]
            v4 = data["variables"]
            v7 = data["billing"]
            v12 = data["prompt_snippets"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, WorkflowRun3Choices.from_dict)
        except ValidationError as e:
            raise e.at(".choices")
        except RecursionError:
            raise _rt.too_deep().at(".choices") from None
        v1 = data.get("integration_ids", UNSET)
        if v1 is not UNSET:
            try:
                v1 = _rt.d_list(v1, _rt.d_str)
            except ValidationError as e:
                raise e.at(".integration_ids")
            except RecursionError:
                raise _rt.too_deep().at(".integration_ids") from None
        if v2.__class__ is not str or v2 not in WORKFLOW_RUN3_ACTION_VALUES:
            raise _rt.enum_error(v2, WORKFLOW_RUN3_ACTION_VALUES).at(".action")
        try:
            v3 = WorkflowRun3PromptConfig.from_dict(v3)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v4 = _rt.d_list(v4, WorkflowRun3Variables.from_dict)
        except ValidationError as e:
            raise e.at(".variables")
        except RecursionError:
            raise _rt.too_deep().at(".variables") from None
        v5 = data.get("performance", UNSET)
        if v5 is not UNSET:
            try:
                v5 = WorkflowRun3Performance.from_dict(v5)
            except ValidationError as e:
                raise e.at(".performance")
            except RecursionError:
                raise _rt.too_deep().at(".performance") from None
        v6 = data.get("usage", UNSET)
        if v6 is not UNSET:
            try:
                v6 = WorkflowRun3Usage.from_dict(v6)
            except ValidationError as e:
                raise e.at(".usage")
            except RecursionError:
                raise _rt.too_deep().at(".usage") from None
        try:
            v7 = WorkflowRun3Billing.from_dict(v7)
        except ValidationError as e:
            raise e.at(".billing")
        except RecursionError:
            raise _rt.too_deep().at(".billing") from None
        v8 = data.get("provider_response", UNSET)
        v9 = data.get("retrievals", UNSET)
        if v9 is not UNSET:
            try:
                v9 = _rt.d_list(v9, WorkflowRun3Retrievals.from_dict)
            except ValidationError as e:
                raise e.at(".retrievals")
            except RecursionError:
                raise _rt.too_deep().at(".retrievals") from None
        v10 = data.get("knowledge_bases", UNSET)
        if v10 is not UNSET:
            try:
                v10 = _rt.d_list(v10, WorkflowRun3KnowledgeBases.from_dict)
            except ValidationError as e:
                raise e.at(".knowledge_bases")
            except RecursionError:
                raise _rt.too_deep().at(".knowledge_bases") from None
        v11 = data.get("tools", UNSET)
        if v11 is not UNSET:
            try:
                v11 = _rt.d_list(v11, WorkflowRun3Tools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
        try:
            v12 = _rt.d_list(v12, WorkflowRun3PromptSnippets.from_dict)
        except ValidationError as e:
            raise e.at(".prompt_snippets")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_snippets") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            6
            + (v1 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v8 is not UNSET)
            + (v9 is not UNSET)
            + (v10 is not UNSET)
            + (v11 is not UNSET)
        ):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_workflow_run3_data
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.choices = v0
        obj.integration_ids = v1
        obj.action = v2  # type: ignore[assignment]
        obj.prompt_config = v3
        obj.variables = v4
        obj.performance = v5
        obj.usage = v6
        obj.billing = v7
        obj.provider_response = v8
        obj.retrievals = v9
        obj.knowledge_bases = v10
        obj.tools = v11
        obj.prompt_snippets = v12
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "choices": [x0.to_dict() for x0 in self.choices],
            "action": self.action,
            "prompt_config": self.prompt_config.to_dict(),
            "variables": [x0.to_dict() for x0 in self.variables],
            "billing": self.billing.to_dict(),
            "prompt_snippets": [x0.to_dict() for x0 in self.prompt_snippets],
        }
        v1 = self.integration_ids
        if v1 is not UNSET:
            out["integration_ids"] = list(v1)
        v5 = self.performance
        if v5 is not UNSET:
            out["performance"] = v5.to_dict()
        v6 = self.usage
        if v6 is not UNSET:
            out["usage"] = v6.to_dict()
        v8 = self.provider_response
        if v8 is not UNSET:
            out["provider_response"] = v8
        v9 = self.retrievals
        if v9 is not UNSET:
            out["retrievals"] = [x0.to_dict() for x0 in v9]
        v10 = self.knowledge_bases
        if v10 is not UNSET:
            out["knowledge_bases"] = [x0.to_dict() for x0 in v10]
        v11 = self.tools
        if v11 is not UNSET:
            out["tools"] = [x0.to_dict() for x0 in v11]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run3_data = frozenset(
    {
        "choices",
        "integration_ids",
        "action",
        "prompt_config",
        "variables",
        "performance",
        "usage",
        "billing",
        "provider_response",
        "retrievals",
        "knowledge_bases",
        "tools",
        "prompt_snippets",
    }
)
