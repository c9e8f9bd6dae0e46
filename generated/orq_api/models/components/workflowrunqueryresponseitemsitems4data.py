"""components models: WorkflowRunQueryResponseItemsItems4Data"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitemsitems4action import (
    WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ACTION_VALUES,
    WorkflowRunQueryResponseItemsItems4Action,
    decode_workflow_run_query_response_items_items4_action,
)
from .workflowrunqueryresponseitemsitems4promptconfig import (
    WorkflowRunQueryResponseItemsItems4PromptConfig,
)
from .workflowrunqueryresponseitemsitemsbilling import (
    WorkflowRunQueryResponseItemsItemsBilling,
)
from .workflowrunqueryresponseitemsitemschoices import (
    WorkflowRunQueryResponseItemsItemsChoices,
)
from .workflowrunqueryresponseitemsitemsknowledgebases import (
    WorkflowRunQueryResponseItemsItemsKnowledgeBases,
)
from .workflowrunqueryresponseitemsitemsperformance import (
    WorkflowRunQueryResponseItemsItemsPerformance,
)
from .workflowrunqueryresponseitemsitemspromptsnippets import (
    WorkflowRunQueryResponseItemsItemsPromptSnippets,
)
from .workflowrunqueryresponseitemsitemsretrievals import (
    WorkflowRunQueryResponseItemsItemsRetrievals,
)
from .workflowrunqueryresponseitemsitemstools import (
    WorkflowRunQueryResponseItemsItemsTools,
)
from .workflowrunqueryresponseitemsitemsusage import (
    WorkflowRunQueryResponseItemsItemsUsage,
)
from .workflowrunqueryresponseitemsitemsvariables import (
    WorkflowRunQueryResponseItemsItemsVariables,
)

__all__ = ["WorkflowRunQueryResponseItemsItems4Data"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsItems4Data(_rt.Base):
    """WorkflowRunQueryResponseItemsItems4Data"""

    choices: Union[List[WorkflowRunQueryResponseItemsItemsChoices], Unset] = UNSET
    action: Union[WorkflowRunQueryResponseItemsItems4Action, Unset] = UNSET
    integration_ids: Union[List[str], Unset] = UNSET
    prompt_config: WorkflowRunQueryResponseItemsItems4PromptConfig
    variables: List[WorkflowRunQueryResponseItemsItemsVariables]
    performance: Union[WorkflowRunQueryResponseItemsItemsPerformance, Unset] = UNSET
    usage: Union[WorkflowRunQueryResponseItemsItemsUsage, Unset] = UNSET
    billing: Union[WorkflowRunQueryResponseItemsItemsBilling, Unset] = UNSET
    provider_response: Union[Any, Unset] = UNSET
    retrievals: Union[List[WorkflowRunQueryResponseItemsItemsRetrievals], Unset] = UNSET
    knowledge_bases: Union[
        List[WorkflowRunQueryResponseItemsItemsKnowledgeBases], Unset
    ] = UNSET
    tools: Union[List[WorkflowRunQueryResponseItemsItemsTools], Unset] = UNSET
    prompt_snippets: List[WorkflowRunQueryResponseItemsItemsPromptSnippets]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsItems4Data:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v3 = data["prompt_config"]
            v4 = data["variables"]
            v12 = data["prompt_snippets"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("choices", UNSET)
        if v0 is not UNSET:
            try:
                v0 = _rt.d_list(v0, WorkflowRunQueryResponseItemsItemsChoices.from_dict)
            except ValidationError as e:
                raise e.at(".choices")
            except RecursionError:
                raise _rt.too_deep().at(".choices") from None
        v1 = data.get("action", UNSET)
        if v1 is not UNSET:
            if (
                v1.__class__ is not str
                or v1 not in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ACTION_VALUES
            ):
                raise _rt.enum_error(
                    v1, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_ACTION_VALUES
                ).at(".action")
        v2 = data.get("integration_ids", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, _rt.d_str)
            except ValidationError as e:
                raise e.at(".integration_ids")
            except RecursionError:
                raise _rt.too_deep().at(".integration_ids") from None
        try:
            v3 = WorkflowRunQueryResponseItemsItems4PromptConfig.from_dict(v3)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v4 = _rt.d_list(v4, WorkflowRunQueryResponseItemsItemsVariables.from_dict)
        except ValidationError as e:
            raise e.at(".variables")
        except RecursionError:
            raise _rt.too_deep().at(".variables") from None
        v5 = data.get("performance", UNSET)
        if v5 is not UNSET:
            try:
                v5 = WorkflowRunQueryResponseItemsItemsPerformance.from_dict(v5)
            except ValidationError as e:
                raise e.at(".performance")
            except RecursionError:
                raise _rt.too_deep().at(".performance") from None
        v6 = data.get("usage", UNSET)
        if v6 is not UNSET:
            try:
                v6 = WorkflowRunQueryResponseItemsItemsUsage.from_dict(v6)
            except ValidationError as e:
                raise e.at(".usage")
            except RecursionError:
                raise _rt.too_deep().at(".usage") from None
        v7 = data.get("billing", UNSET)
        if v7 is not UNSET:
            try:
                v7 = WorkflowRunQueryResponseItemsItemsBilling.from_dict(v7)
            except ValidationError as e:
                raise e.at(".billing")
            except RecursionError:
                raise _rt.too_deep().at(".billing") from None
        v8 = data.get("provider_response", UNSET)
        v9 = data.get("retrievals", UNSET)
        if v9 is not UNSET:
            try:
                v9 = _rt.d_list(
                    v9, WorkflowRunQueryResponseItemsItemsRetrievals.from_dict
                )
            except ValidationError as e:
                raise e.at(".retrievals")
            except RecursionError:
                raise _rt.too_deep().at(".retrievals") from None
        v10 = data.get("knowledge_bases", UNSET)
        if v10 is not UNSET:
            try:
                v10 = _rt.d_list(
                    v10, WorkflowRunQueryResponseItemsItemsKnowledgeBases.from_dict
                )
            except ValidationError as e:
                raise e.at(".knowledge_bases")
            except RecursionError:
                raise _rt.too_deep().at(".knowledge_bases") from None
        v11 = data.get("tools", UNSET)
        if v11 is not UNSET:
            try:
                v11 = _rt.d_list(v11, WorkflowRunQueryResponseItemsItemsTools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
        try:
            v12 = _rt.d_list(
                v12, WorkflowRunQueryResponseItemsItemsPromptSnippets.from_dict
            )
        except ValidationError as e:
            raise e.at(".prompt_snippets")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_snippets") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            3
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
            + (v8 is not UNSET)
            + (v9 is not UNSET)
            + (v10 is not UNSET)
            + (v11 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_items4_data
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.choices = v0
        obj.action = v1
        obj.integration_ids = v2
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
            "prompt_config": self.prompt_config.to_dict(),
            "variables": [x0.to_dict() for x0 in self.variables],
            "prompt_snippets": [x0.to_dict() for x0 in self.prompt_snippets],
        }
        v0 = self.choices
        if v0 is not UNSET:
            out["choices"] = [x0.to_dict() for x0 in v0]
        v1 = self.action
        if v1 is not UNSET:
            out["action"] = v1
        v2 = self.integration_ids
        if v2 is not UNSET:
            out["integration_ids"] = list(v2)
        v5 = self.performance
        if v5 is not UNSET:
            out["performance"] = v5.to_dict()
        v6 = self.usage
        if v6 is not UNSET:
            out["usage"] = v6.to_dict()
        v7 = self.billing
        if v7 is not UNSET:
            out["billing"] = v7.to_dict()
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


_KEYS_workflow_run_query_response_items_items4_data = frozenset(
    {
        "choices",
        "action",
        "integration_ids",
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
