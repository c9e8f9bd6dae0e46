"""components models: WorkflowRunEvals1Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals51 import WorkflowRunRelatedEntities1Evals51
from .workflowrunrelatedentities1evals52 import WorkflowRunRelatedEntities1Evals52
from .workflowrunrelatedentities1evals53 import WorkflowRunRelatedEntities1Evals53
from .workflowrunrelatedentities1evals54 import WorkflowRunRelatedEntities1Evals54

__all__ = [
    "WorkflowRunEvals1Evals5RelatedEntities",
    "decode_workflow_run_evals1_evals5_related_entities",
    "encode_workflow_run_evals1_evals5_related_entities",
]


WorkflowRunEvals1Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals51,
    WorkflowRunRelatedEntities1Evals52,
    WorkflowRunRelatedEntities1Evals53,
    WorkflowRunRelatedEntities1Evals54,
]


def decode_workflow_run_evals1_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals5_related_entities(
    value: WorkflowRunEvals1Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
