"""components models: WorkflowRunQueryResponseEvalsItems2Evals5Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS5_TYPE_VALUES",
    "WorkflowRunQueryResponseEvalsItems2Evals5Type",
    "decode_workflow_run_query_response_evals_items2_evals5_type",
]


WorkflowRunQueryResponseEvalsItems2Evals5Type = Literal["rouge_n"]


WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS5_TYPE_VALUES = frozenset(("rouge_n",))


def decode_workflow_run_query_response_evals_items2_evals5_type(
    data: Any,
) -> WorkflowRunQueryResponseEvalsItems2Evals5Type:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS5_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, WORKFLOW_RUN_QUERY_RESPONSE_EVALS_ITEMS2_EVALS5_TYPE_VALUES
    )
