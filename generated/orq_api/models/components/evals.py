"""components models: Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

from .evals1 import Evals1
from .evals2 import Evals2
from .evals3 import Evals3
from .evals4 import Evals4
from .evals5 import Evals5
from .evals6 import Evals6
from .evals7 import Evals7

Evals = Union["Evals1", "Evals2", "Evals3", "Evals4", "Evals5", "Evals6", "Evals7"]
""""""


def decode_evals(data: Any) -> Evals:
    errors: List[ValidationError] = []
    try:
        return Evals1.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals2.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals3.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals4.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals5.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals6.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    try:
        return Evals7.from_dict(data)  # type: ignore[no-any-return]
    except ValidationError as e:
        errors.append(e)
    raise _rt.no_match(errors)


def encode_evals(value: Evals) -> Any:
    return value.to_dict()
