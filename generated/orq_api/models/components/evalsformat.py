"""components models: EvalsFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["EVALS_FORMAT_VALUES", "EvalsFormat", "decode_evals_format"]


EvalsFormat = Literal["url", "b64_json", "text", "json_object"]
"""Only supported on `image` models."""


EVALS_FORMAT_VALUES = frozenset(("url", "b64_json", "text", "json_object"))


def decode_evals_format(data: Any) -> EvalsFormat:
    if data.__class__ is str and data in EVALS_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, EVALS_FORMAT_VALUES)
