"""operations models: DeploymentCreateMetricRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .choices import Choices
from .deploymentcreatemetricmessages import DeploymentCreateMetricMessages
from .feedback import Feedback
from .performance import Performance
from .usage import Usage

__all__ = ["DeploymentCreateMetricRequestBody"]


@dataclass(slots=True, kw_only=True)
class DeploymentCreateMetricRequestBody(_rt.Base):
    """The deployment request payload"""

    metadata: Union[Dict[str, Any], Unset] = UNSET
    """Your own custom key-value pairs can be attached to the logs. This is useful for storing additional information related to your interactions with the LLM providers or specifics within your application."""
    usage: Union[Usage, Unset] = UNSET
    """Usage statistics to add to the deployment"""
    performance: Union[Performance, Unset] = UNSET
    messages: Union[List[DeploymentCreateMetricMessages], Unset] = UNSET
    """A list of messages sent to the model."""
    choices: Union[List[Choices], Unset] = UNSET
    """A list of completion choices. If you are using a `completion` model then you must provide the `completion content` with the chat completion format"""
    feedback: Union[Feedback, Unset] = UNSET
    """Feedback from the user on the completion"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentCreateMetricRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("metadata", UNSET)
        if v0 is not UNSET:
            try:
                v0 = _rt.d_map(v0, _rt.d_any)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        v1 = data.get("usage", UNSET)
        if v1 is not UNSET:
            try:
                v1 = Usage.from_dict(v1)
            except ValidationError as e:
                raise e.at(".usage")
            except RecursionError:
                raise _rt.too_deep().at(".usage") from None
        v2 = data.get("performance", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Performance.from_dict(v2)
            except ValidationError as e:
                raise e.at(".performance")
            except RecursionError:
                raise _rt.too_deep().at(".performance") from None
        v3 = data.get("messages", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_list(v3, DeploymentCreateMetricMessages.from_dict)
            except ValidationError as e:
                raise e.at(".messages")
            except RecursionError:
                raise _rt.too_deep().at(".messages") from None
        v4 = data.get("choices", UNSET)
        if v4 is not UNSET:
            try:
                v4 = _rt.d_list(v4, Choices.from_dict)
            except ValidationError as e:
                raise e.at(".choices")
            except RecursionError:
                raise _rt.too_deep().at(".choices") from None
        v5 = data.get("feedback", UNSET)
        if v5 is not UNSET:
            try:
                v5 = Feedback.from_dict(v5)
            except ValidationError as e:
                raise e.at(".feedback")
            except RecursionError:
                raise _rt.too_deep().at(".feedback") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_create_metric_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.metadata = v0
        obj.usage = v1
        obj.performance = v2
        obj.messages = v3
        obj.choices = v4
        obj.feedback = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.metadata
        if v0 is not UNSET:
            out["metadata"] = dict(v0)
        v1 = self.usage
        if v1 is not UNSET:
            out["usage"] = v1.to_dict()
        v2 = self.performance
        if v2 is not UNSET:
            out["performance"] = v2.to_dict()
        v3 = self.messages
        if v3 is not UNSET:
            out["messages"] = [x0.to_dict() for x0 in v3]
        v4 = self.choices
        if v4 is not UNSET:
            out["choices"] = [x0.to_dict() for x0 in v4]
        v5 = self.feedback
        if v5 is not UNSET:
            out["feedback"] = v5.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_create_metric_request_body = frozenset(
    {"metadata", "usage", "performance", "messages", "choices", "feedback"}
)
