"""components models: Content2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .deployments22 import Deployments22
from .two1 import Two1

Content2 = Union["Two1", "Deployments22"]
""""""


def decode_content2(data: Any) -> Content2:
    errors: List[ValidationError] = []
    try:
        return Two1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Deployments22.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_content2(value: Content2) -> Any:
    return value.to_dict()
