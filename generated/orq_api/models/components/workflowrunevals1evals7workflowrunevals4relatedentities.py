"""components models: WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1evals7workflowrunevals41 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41,
)
from .workflowrunrelatedentities1evals7workflowrunevals42 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42,
)
from .workflowrunrelatedentities1evals7workflowrunevals43 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43,
)
from .workflowrunrelatedentities1evals7workflowrunevals44 import (
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44,
)

__all__ = [
    "WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities",
    "decode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities",
    "encode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities",
]


WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities = Union[
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43,
    WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44,
]


def decode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities(
    data: Any,
) -> WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals41.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals42.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals43.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities1Evals7WorkflowRunEvals44.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals1_evals7_workflow_run_evals4_related_entities(
    value: WorkflowRunEvals1Evals7WorkflowRunEvals4RelatedEntities,
) -> Any:
    return value.to_dict()
