"""operations models: RouterEmbeddingRouterEmbeddingsObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES",
    "RouterEmbeddingRouterEmbeddingsObject",
    "decode_router_embedding_router_embeddings_object",
]


RouterEmbeddingRouterEmbeddingsObject = Literal["embedding"]
"""The object type, which is always "embedding"."""


ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES = frozenset(("embedding",))


def decode_router_embedding_router_embeddings_object(
    data: Any,
) -> RouterEmbeddingRouterEmbeddingsObject:
    if (
        data.__class__ is str
        and data in ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES)
