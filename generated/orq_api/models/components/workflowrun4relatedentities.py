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


def decode_workflow_run4_related_entities(data: Any) -> WorkflowRun4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "experiment":
        return WorkflowRunRelatedEntities41.from_dict(data)
    if tag == "experiment_run":
        return WorkflowRunRelatedEntities42.from_dict(data)
    if tag == "test_case_run":
        return WorkflowRunRelatedEntities43.from_dict(data)
    if tag == "experiment_test_case":
        return WorkflowRunRelatedEntities44.from_dict(data)
    if tag == "account":
        return WorkflowRunRelatedEntities5.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "experiment",
            "experiment_run",
            "test_case_run",
            "experiment_test_case",
            "account",
        ),
    ).at(_rt.key_segment("type"))


def encode_workflow_run4_related_entities(value: WorkflowRun4RelatedEntities) -> Any:
    return value.to_dict()
