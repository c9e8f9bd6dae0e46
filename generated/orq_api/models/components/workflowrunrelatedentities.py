"""components models: WorkflowRunRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1 import WorkflowRunRelatedEntities1
from .workflowrunrelatedentities2 import WorkflowRunRelatedEntities2
from .workflowrunrelatedentities3 import WorkflowRunRelatedEntities3

__all__ = [
    "WorkflowRunRelatedEntities",
    "decode_workflow_run_related_entities",
    "encode_workflow_run_related_entities",
]


WorkflowRunRelatedEntities = Union[
    WorkflowRunRelatedEntities1,
    WorkflowRunRelatedEntities2,
    WorkflowRunRelatedEntities3,
]
""""""


def decode_workflow_run_related_entities(data: Any) -> WorkflowRunRelatedEntities:
    if type(data) is dict and "type" in data and "remote_config_id" in data:
        try:
            return WorkflowRunRelatedEntities1.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "remote_config_variant_id" in data:
        try:
            return WorkflowRunRelatedEntities2.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return WorkflowRunRelatedEntities3.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities1.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities2.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities3.from_dict, data),
        ]
    )


def encode_workflow_run_related_entities(value: WorkflowRunRelatedEntities) -> Any:
    return value.to_dict()
