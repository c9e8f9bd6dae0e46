"""components models: WorkflowRun3RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities31 import WorkflowRunRelatedEntities31
from .workflowrunrelatedentities32 import WorkflowRunRelatedEntities32
from .workflowrunrelatedentities33 import WorkflowRunRelatedEntities33
from .workflowrunrelatedentities4 import WorkflowRunRelatedEntities4

__all__ = [
    "WorkflowRun3RelatedEntities",
    "decode_workflow_run3_related_entities",
    "encode_workflow_run3_related_entities",
]


WorkflowRun3RelatedEntities = Union[
    WorkflowRunRelatedEntities31,
    WorkflowRunRelatedEntities32,
    WorkflowRunRelatedEntities33,
    WorkflowRunRelatedEntities4,
]


def decode_workflow_run3_related_entities(data: Any) -> WorkflowRun3RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "playground":
        return WorkflowRunRelatedEntities31.from_dict(data)
    if tag == "playground_block":
        return WorkflowRunRelatedEntities32.from_dict(data)
    if tag == "playground_completion":
        return WorkflowRunRelatedEntities33.from_dict(data)
    if tag == "account":
        return WorkflowRunRelatedEntities4.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag, ("playground", "playground_block", "playground_completion", "account")
    ).at(_rt.key_segment("type"))


def encode_workflow_run3_related_entities(value: WorkflowRun3RelatedEntities) -> Any:
    return value.to_dict()
