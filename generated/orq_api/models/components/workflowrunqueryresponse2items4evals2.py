"""components models: WorkflowRunQueryResponse2Items4Evals2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponse2items4evals7type import (
    WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_EVALS7_TYPE_VALUES,
    WorkflowRunQueryResponse2Items4Evals7Type,
    decode_workflow_run_query_response2_items4_evals7_type,
)
from .workflowrunqueryresponse2items4evalsimageurl import (
    WorkflowRunQueryResponse2Items4EvalsImageUrl,
)

__all__ = ["WorkflowRunQueryResponse2Items4Evals2"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponse2Items4Evals2(_rt.Base):
    """The image part of the prompt message. Only supported with vision models."""

    type: WorkflowRunQueryResponse2Items4Evals7Type
    image_url: WorkflowRunQueryResponse2Items4EvalsImageUrl
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponse2Items4Evals2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["image_url"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_EVALS7_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_RESPONSE2_ITEMS4_EVALS7_TYPE_VALUES
            ).at(".type")
        try:
            v1 = WorkflowRunQueryResponse2Items4EvalsImageUrl.from_dict(v1)
        except ValidationError as e:
            raise e.at(".image_url")
        except RecursionError:
            raise _rt.too_deep().at(".image_url") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response2_items4_evals2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.image_url = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "image_url": self.image_url.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response2_items4_evals2 = frozenset({"type", "image_url"})
