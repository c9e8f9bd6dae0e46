"""components models: WorkflowRunQueryResponseEvalsItems3Action"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_ACTION_VALUES",
    "WorkflowRunQueryResponseEvalsItems3Action",
    "decode_workflow_run_query_response_evals_items3_action",
]


WorkflowRunQueryResponseEvalsItems3Action = Literal["invoke"]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_ACTION_VALUES = frozenset(("invoke",))


def decode_workflow_run_query_response_evals_items3_action(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems3Action:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_ACTION_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS3_ACTION_VALUES)
