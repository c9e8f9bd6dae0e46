"""operations models: RouterEmbeddingData"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .embedding import Embedding, decode_embedding, encode_embedding
from .routerembeddingrouterembeddingsobject import (
    ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES,
    RouterEmbeddingRouterEmbeddingsObject,
    decode_router_embedding_router_embeddings_object,
)

__all__ = ["RouterEmbeddingData"]


@dataclass(slots=True, kw_only=True)
class RouterEmbeddingData(_rt.Base):
    """RouterEmbeddingData"""

    object: RouterEmbeddingRouterEmbeddingsObject
    """The object type, which is always "embedding"."""
    embedding: Embedding
    """The embedding result."""
    index: float
    """The index of the embedding in the list of embeddings."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterEmbeddingData:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["object"]
            v1 = data["embedding"]
            v2 = data["index"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES
        ):
            raise _rt.enum_error(
                v0, ROUTER_EMBEDDING_ROUTER_EMBEDDINGS_OBJECT_VALUES
            ).at(".object")
        try:
            v1 = decode_embedding(v1)
        except ValidationError as e:
            raise e.at(".embedding")
        except RecursionError:
            raise _rt.too_deep().at(".embedding") from None
        if type(v2) is not float:
            if type(v2) is not int:
                raise _rt.type_error("float", v2).at(".index")
        elif v2 - v2 != 0.0:
            raise _rt.not_finite(v2).at(".index")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_router_embedding_data
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.object = v0  # type: ignore[assignment]
        obj.embedding = v1
        obj.index = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "object": self.object,
            "embedding": encode_embedding(self.embedding),
            "index": self.index,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_embedding_data = frozenset({"object", "embedding", "index"})
