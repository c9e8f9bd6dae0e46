"""components models: WorkflowRunQueryResponseEvalsItems3Value"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseevalsitems3rouge1 import (
    WorkflowRunQueryResponseEvalsItems3Rouge1,
)
from .workflowrunqueryresponseevalsitems3rouge2 import (
    WorkflowRunQueryResponseEvalsItems3Rouge2,
)
from .workflowrunqueryresponseevalsitems3rougel import (
    WorkflowRunQueryResponseEvalsItems3RougeL,
)

__all__ = ["WorkflowRunQueryResponseEvalsItems3Value"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsItems3Value(_rt.Base):
    """WorkflowRunQueryResponseEvalsItems3Value"""

    rouge_1: WorkflowRunQueryResponseEvalsItems3Rouge1
    rouge_2: WorkflowRunQueryResponseEvalsItems3Rouge2
    rouge_l: WorkflowRunQueryResponseEvalsItems3RougeL
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsItems3Value:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["rouge_1"]
            v1 = data["rouge_2"]
            v2 = data["rouge_l"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = WorkflowRunQueryResponseEvalsItems3Rouge1.from_dict(v0)
        except ValidationError as e:
            raise e.at(".rouge_1")
        except RecursionError:
            raise _rt.too_deep().at(".rouge_1") from None
        try:
            v1 = WorkflowRunQueryResponseEvalsItems3Rouge2.from_dict(v1)
        except ValidationError as e:
            raise e.at(".rouge_2")
        except RecursionError:
            raise _rt.too_deep().at(".rouge_2") from None
        try:
            v2 = WorkflowRunQueryResponseEvalsItems3RougeL.from_dict(v2)
        except ValidationError as e:
            raise e.at(".rouge_l")
        except RecursionError:
            raise _rt.too_deep().at(".rouge_l") from None
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_items3_value
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.rouge_1 = v0
        obj.rouge_2 = v1
        obj.rouge_l = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "rouge_1": self.rouge_1.to_dict(),
            "rouge_2": self.rouge_2.to_dict(),
            "rouge_l": self.rouge_l.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_items3_value = frozenset(
    {"rouge_1", "rouge_2", "rouge_l"}
)
