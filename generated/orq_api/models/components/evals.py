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


def decode_evals(data: Any) -> Evals:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "string":
        return Evals1.from_dict(data)
    if tag == "number":
        return Evals2.from_dict(data)
    if tag == "boolean":
        return Evals3.from_dict(data)
    if tag == "string_array":
        return Evals4.from_dict(data)
    if tag == "rouge_n":
        return Evals5.from_dict(data)
    if tag == "bert_score":
        return Evals6.from_dict(data)
    if tag == "llm_eval":
        return Evals7.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(
        tag,
        (
            "string",
            "number",
            "boolean",
            "string_array",
            "rouge_n",
            "bert_score",
            "llm_eval",
        ),
    ).at(_rt.key_segment("type"))


def encode_evals(value: Evals) -> Any:
    return value.to_dict()
