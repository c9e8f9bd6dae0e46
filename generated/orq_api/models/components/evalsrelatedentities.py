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


def decode_evals_related_entities(data: Any) -> EvalsRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities11.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities12.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities13.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities14.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_evals_related_entities(value: EvalsRelatedEntities) -> Any:
    return value.to_dict()
