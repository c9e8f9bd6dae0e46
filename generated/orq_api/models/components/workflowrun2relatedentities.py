"""components models: WorkflowRun2RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .relatedentities4 import RelatedEntities4
from .relatedentities5 import RelatedEntities5
from .relatedentities6 import RelatedEntities6
from .relatedentities7 import RelatedEntities7
from .workflowrunrelatedentities21 import WorkflowRunRelatedEntities21
from .workflowrunrelatedentities22 import WorkflowRunRelatedEntities22
from .workflowrunrelatedentities23 import WorkflowRunRelatedEntities23

__all__ = [
    "WorkflowRun2RelatedEntities",
    "decode_workflow_run2_related_entities",
    "encode_workflow_run2_related_entities",
]


WorkflowRun2RelatedEntities = Union[
    WorkflowRunRelatedEntities21,
    WorkflowRunRelatedEntities22,
    WorkflowRunRelatedEntities23,
    RelatedEntities4,
    RelatedEntities5,
    RelatedEntities6,
    RelatedEntities7,
]


def decode_workflow_run2_related_entities(data: Any) -> WorkflowRun2RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "deployment_key":
        return WorkflowRunRelatedEntities21.from_dict(data)
    if tag == "deployment":
        return WorkflowRunRelatedEntities22.from_dict(data)
    if tag == "deployment_variant":
        return WorkflowRunRelatedEntities23.from_dict(data)
    if tag == "deployment_completion":
        return RelatedEntities4.from_dict(data)
    if tag == "contact":
        return RelatedEntities5.from_dict(data)
    if tag == "chain":
        return RelatedEntities6.from_dict(data)
    if tag == "conversation":
        return RelatedEntities7.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "deployment_key",
            "deployment",
            "deployment_variant",
            "deployment_completion",
            "contact",
            "chain",
            "conversation",
        ),
    ).at(_rt.key_segment("type"))


def encode_workflow_run2_related_entities(value: WorkflowRun2RelatedEntities) -> Any:
    return value.to_dict()
