"""components models: EvalsRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities11 import WorkflowRunRelatedEntities11
from .workflowrunrelatedentities12 import WorkflowRunRelatedEntities12
from .workflowrunrelatedentities13 import WorkflowRunRelatedEntities13
from .workflowrunrelatedentities14 import WorkflowRunRelatedEntities14

__all__ = [
    "EvalsRelatedEntities",
    "decode_evals_related_entities",
    "encode_evals_related_entities",
]


EvalsRelatedEntities = Union[
    WorkflowRunRelatedEntities11,
    WorkflowRunRelatedEntities12,
    WorkflowRunRelatedEntities13,
    WorkflowRunRelatedEntities14,
]
""""""


def decode_evals_related_entities(data: Any) -> EvalsRelatedEntities:
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities11.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities12.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "human_eval_id" in data:
        try:
            return WorkflowRunRelatedEntities13.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "evaluator_id" in data:
        try:
            return WorkflowRunRelatedEntities14.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities11.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities12.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities13.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities14.from_dict, data),
        ]
    )


def encode_evals_related_entities(value: EvalsRelatedEntities) -> Any:
    return value.to_dict()
