"""components models: EvalsProductType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_PRODUCT_TYPE_VALUES", "EvalsProductType", "decode_evals_product_type"]


EvalsProductType = Literal[
    "remoteconfigs",
    "deployments",
    "experiments",
    "playgrounds",
    "llm_evaluator",
    "knowledge",
    "router",
]
"""Orquesta product"""


EVALS_PRODUCT_TYPE_VALUES = frozenset(
    (
        "remoteconfigs",
        "deployments",
        "experiments",
        "playgrounds",
        "llm_evaluator",
        "knowledge",
        "router",
    )
)


def decode_evals_product_type(data: Any) -> EvalsProductType:
    if data.__class__ is str and data in EVALS_PRODUCT_TYPE_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_PRODUCT_TYPE_VALUES)
