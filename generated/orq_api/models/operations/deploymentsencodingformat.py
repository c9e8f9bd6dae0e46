"""operations models: DeploymentsEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENTS_ENCODING_FORMAT_VALUES",
    "DeploymentsEncodingFormat",
    "decode_deployments_encoding_format",
]


DeploymentsEncodingFormat = Literal["float", "base64"]
"""The format to return the embeddings"""


DEPLOYMENTS_ENCODING_FORMAT_VALUES = frozenset(("float", "base64"))


def decode_deployments_encoding_format(data: Any) -> DeploymentsEncodingFormat:
    if data.__class__ is str and data in DEPLOYMENTS_ENCODING_FORMAT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENTS_ENCODING_FORMAT_VALUES)
