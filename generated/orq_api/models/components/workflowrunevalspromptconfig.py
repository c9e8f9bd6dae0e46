"""components models: WorkflowRunEvalsPromptConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunevalsmessages import WorkflowRunEvalsMessages
from .workflowrunevalsmodelparameters import WorkflowRunEvalsModelParameters
from .workflowrunevalsmodeltype import (
    WORKFLOW_RUN_EVALS_MODEL_TYPE_VALUES,
    WorkflowRunEvalsModelType,
    decode_workflow_run_evals_model_type,
)
from .workflowrunevalsprovider import (
    WORKFLOW_RUN_EVALS_PROVIDER_VALUES,
    WorkflowRunEvalsProvider,
    decode_workflow_run_evals_provider,
)

__all__ = ["WorkflowRunEvalsPromptConfig"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunEvalsPromptConfig(_rt.Base):
    """WorkflowRunEvalsPromptConfig"""

    stream: bool
    model: str
    model_db_id: str
    """The id of the resource"""
    model_type: WorkflowRunEvalsModelType
    """The type of the model"""
    model_parameters: WorkflowRunEvalsModelParameters
    """Model Parameters: Not all parameters apply to every model"""
    provider: WorkflowRunEvalsProvider
    messages: List[WorkflowRunEvalsMessages]
    integration_id: Union[Optional[str], Unset] = UNSET
    """The id of the resource"""
    version: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunEvalsPromptConfig:
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
        if v3.__class__ is not str or v3 not in WORKFLOW_RUN_EVALS_MODEL_TYPE_VALUES:
            raise _rt.enum_error(v3, WORKFLOW_RUN_EVALS_MODEL_TYPE_VALUES).at(
                ".model_type"
            )
        try:
            v4 = WorkflowRunEvalsModelParameters.from_dict(v4)
        except ValidationError as e:
            raise e.at(".model_parameters")
        except RecursionError:
            raise _rt.too_deep().at(".model_parameters") from None
        if v5.__class__ is not str or v5 not in WORKFLOW_RUN_EVALS_PROVIDER_VALUES:
            raise _rt.enum_error(v5, WORKFLOW_RUN_EVALS_PROVIDER_VALUES).at(".provider")
        try:
            v6 = _rt.d_list(v6, WorkflowRunEvalsMessages.from_dict)
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
                if k not in _KEYS_workflow_run_evals_prompt_config
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


_KEYS_workflow_run_evals_prompt_config = frozenset(
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
