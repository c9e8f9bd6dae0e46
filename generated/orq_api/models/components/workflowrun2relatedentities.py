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
""""""


def decode_workflow_run2_related_entities(data: Any) -> WorkflowRun2RelatedEntities:
    if type(data) is dict and "type" in data and "deployment_key" in data:
        try:
            return WorkflowRunRelatedEntities21.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_id" in data:
        try:
            return WorkflowRunRelatedEntities22.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_variant_id" in data:
        try:
            return WorkflowRunRelatedEntities23.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "deployment_completion_id" in data:
        try:
            return RelatedEntities4.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "contact_id" in data:
        try:
            return RelatedEntities5.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "chain_id" in data:
        try:
            return RelatedEntities6.from_dict(data)
        except ValidationError:
            pass
    if type(data) is dict and "type" in data and "conversation_id" in data:
        try:
            return RelatedEntities7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(WorkflowRunRelatedEntities21.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities22.from_dict, data),
            _rt.error_of(WorkflowRunRelatedEntities23.from_dict, data),
            _rt.error_of(RelatedEntities4.from_dict, data),
            _rt.error_of(RelatedEntities5.from_dict, data),
            _rt.error_of(RelatedEntities6.from_dict, data),
            _rt.error_of(RelatedEntities7.from_dict, data),
        ]
    )


def encode_workflow_run2_related_entities(value: WorkflowRun2RelatedEntities) -> Any:
    return value.to_dict()
