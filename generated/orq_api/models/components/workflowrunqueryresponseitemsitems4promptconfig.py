"""components models: WorkflowRunQueryResponseItemsItems4PromptConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitemsitems4messages import (
    WorkflowRunQueryResponseItemsItems4Messages,
)
from .workflowrunqueryresponseitemsitems4modelparameters import (
    WorkflowRunQueryResponseItemsItems4ModelParameters,
)
from .workflowrunqueryresponseitemsitems4modeltype import (
    WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_MODEL_TYPE_VALUES,
    WorkflowRunQueryResponseItemsItems4ModelType,
    decode_workflow_run_query_response_items_items4_model_type,
)
from .workflowrunqueryresponseitemsitems4provider import (
    WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_PROVIDER_VALUES,
    WorkflowRunQueryResponseItemsItems4Provider,
    decode_workflow_run_query_response_items_items4_provider,
)

__all__ = ["WorkflowRunQueryResponseItemsItems4PromptConfig"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseItemsItems4PromptConfig(_rt.Base):
    """WorkflowRunQueryResponseItemsItems4PromptConfig"""

    stream: bool
    model: str
    model_db_id: str
    """The id of the resource"""
    model_type: WorkflowRunQueryResponseItemsItems4ModelType
    """The type of the model"""
    model_parameters: WorkflowRunQueryResponseItemsItems4ModelParameters
    """Model Parameters: Not all parameters apply to every model"""
    provider: WorkflowRunQueryResponseItemsItems4Provider
    messages: List[WorkflowRunQueryResponseItemsItems4Messages]
    integration_id: Union[Optional[str], Unset] = UNSET
    """The id of the resource"""
    version: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseItemsItems4PromptConfig:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["stream"]
            v1 = data["model"]
            v2 = data["model_db_id"]
            v3 = data["model_type"]
            v4 = data["model_parameters"]
            v5 = data["provider"]
            v6 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not bool:
            raise _rt.type_error("bool", v0).at(".stream")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".model")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".model_db_id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_MODEL_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_MODEL_TYPE_VALUES
            ).at(".model_type")
        try:
            v4 = WorkflowRunQueryResponseItemsItems4ModelParameters.from_dict(v4)
        except ValidationError as e:
            raise e.at(".model_parameters")
        except RecursionError:
            raise _rt.too_deep().at(".model_parameters") from None
        if (
            v5.__class__ is not str
            or v5 not in WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_PROVIDER_VALUES
        ):
            raise _rt.enum_error(
                v5, WORKFLOW_RUN_QUERY_RESPONSE_ITEMS_ITEMS4_PROVIDER_VALUES
            ).at(".provider")
        try:
            v6 = _rt.d_list(v6, WorkflowRunQueryResponseItemsItems4Messages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        v7 = data.get("integration_id", UNSET)
        if v7 is not UNSET and v7 is not None:
            if type(v7) is not str:
                raise _rt.type_error("str", v7).at(".integration_id")
        v8 = data.get("version", UNSET)
        if v8 is not UNSET:
            if type(v8) is not str:
                raise _rt.type_error("str", v8).at(".version")
        extras: Dict[str, Any] = {}
        if len(data) != 7 + (v7 is not UNSET) + (v8 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_items_items4_prompt_config
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.stream = v0
        obj.model = v1
        obj.model_db_id = v2
        obj.model_type = v3  # type: ignore[assignment]
        obj.model_parameters = v4
        obj.provider = v5  # type: ignore[assignment]
        obj.messages = v6
        obj.integration_id = v7
        obj.version = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "stream": self.stream,
            "model": self.model,
            "model_db_id": self.model_db_id,
            "model_type": self.model_type,
            "model_parameters": self.model_parameters.to_dict(),
            "provider": self.provider,
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        v7 = self.integration_id
        if v7 is not UNSET:
            out["integration_id"] = v7
        v8 = self.version
        if v8 is not UNSET:
            out["version"] = v8
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_items_items4_prompt_config = frozenset(
    {
        "stream",
        "model",
        "model_db_id",
        "model_type",
        "model_parameters",
        "provider",
        "messages",
        "integration_id",
        "version",
    }
)
