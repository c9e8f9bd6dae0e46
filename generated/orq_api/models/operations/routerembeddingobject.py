"""operations models: RouterEmbeddingObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_EMBEDDING_OBJECT_VALUES",
    "RouterEmbeddingObject",
    "decode_router_embedding_object",
]


RouterEmbeddingObject = Literal["list"]


ROUTER_EMBEDDING_OBJECT_VALUES = frozenset(("list",))


def decode_router_embedding_object(data: Any) -> RouterEmbeddingObject:
    if data.__class__ is str and data in ROUTER_EMBEDDING_OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_EMBEDDING_OBJECT_VALUES)
