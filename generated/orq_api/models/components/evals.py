"""components models: Evals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .evals1 import Evals1
from .evals2 import Evals2
from .evals3 import Evals3
from .evals4 import Evals4
from .evals5 import Evals5
from .evals6 import Evals6
from .evals7 import Evals7

__all__ = ["Evals", "decode_evals", "encode_evals"]


Evals = Union[Evals1, Evals2, Evals3, Evals4, Evals5, Evals6, Evals7]
""""""


def decode_evals(data: Any) -> Evals:
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals1.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals2.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals3.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "values" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals4.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals5.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "value" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals6.from_dict(data)
        except ValidationError:
            pass
    if (
        type(data) is dict
        and "type" in data
        and "workflow_run" in data
        and "id" in data
        and "status" in data
        and "timestamp" in data
        and "related_entities" in data
    ):
        try:
            return Evals7.from_dict(data)
        except ValidationError:
            pass
    raise _rt.no_match(
        [
            _rt.error_of(Evals1.from_dict, data),
            _rt.error_of(Evals2.from_dict, data),
            _rt.error_of(Evals3.from_dict, data),
            _rt.error_of(Evals4.from_dict, data),
            _rt.error_of(Evals5.from_dict, data),
            _rt.error_of(Evals6.from_dict, data),
            _rt.error_of(Evals7.from_dict, data),
        ]
    )


def encode_evals(value: Evals) -> Any:
    return value.to_dict()
