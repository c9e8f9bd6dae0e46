"""components models: WorkflowRunEvals1Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals61 import WorkflowRunRelatedEntities1Evals61
from .workflowrunrelatedentities1evals62 import WorkflowRunRelatedEntities1Evals62
from .workflowrunrelatedentities1evals63 import WorkflowRunRelatedEntities1Evals63
from .workflowrunrelatedentities1evals64 import WorkflowRunRelatedEntities1Evals64

__all__ = [
    "WorkflowRunEvals1Evals6RelatedEntities",
    "decode_workflow_run_evals1_evals6_related_entities",
    "encode_workflow_run_evals1_evals6_related_entities",
]


WorkflowRunEvals1Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals61,
    WorkflowRunRelatedEntities1Evals62,
    WorkflowRunRelatedEntities1Evals63,
    WorkflowRunRelatedEntities1Evals64,
]


def decode_workflow_run_evals1_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals6_related_entities(
    value: WorkflowRunEvals1Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
