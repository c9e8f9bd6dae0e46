"""components models: WorkflowRun4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities41 import WorkflowRunRelatedEntities41
from .workflowrunrelatedentities42 import WorkflowRunRelatedEntities42
from .workflowrunrelatedentities43 import WorkflowRunRelatedEntities43
from .workflowrunrelatedentities44 import WorkflowRunRelatedEntities44
from .workflowrunrelatedentities5 import WorkflowRunRelatedEntities5

__all__ = [
    "WorkflowRun4RelatedEntities",
    "decode_workflow_run4_related_entities",
    "encode_workflow_run4_related_entities",
]


WorkflowRun4RelatedEntities = Union[
    WorkflowRunRelatedEntities41,
    WorkflowRunRelatedEntities42,
    WorkflowRunRelatedEntities43,
    WorkflowRunRelatedEntities44,
    WorkflowRunRelatedEntities5,
]
""""""


def decode_workflow_run4_related_entities(data: Any) -> WorkflowRun4RelatedEntities:
    if type(data) is dict and "type" in data and "experiment_id" in data:
        try:
            return WorkflowRunRelatedEntities41.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "experiment_run_id" in data:
        try:
            return WorkflowRunRelatedEntities42.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "test_case_run_id" in data:
        try:
            return WorkflowRunRelatedEntities43.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "test_case_id" in data:
        try:
            return WorkflowRunRelatedEntities44.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "account_id" in data:
        try:
            return WorkflowRunRelatedEntities5.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities41.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities42.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities43.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities44.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities5.from_dict, data),
        ]
    )


def encode_workflow_run4_related_entities(value: WorkflowRun4RelatedEntities) -> Any:
    return value.to_dict()
