"""operations models: Retrievals"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .metadata import Metadata

__all__ = ["Retrievals"]


@dataclass(slots=True, kw_only=True)
class Retrievals(_rt.Base):
    """Retrievals"""

    document: str
    """Content of the retrieved chunk from the knowledge base"""
    metadata: Metadata
    """Metadata of the retrieved chunk from the knowledge base"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Retrievals:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["document"]
            v1 = data["metadata"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".document")
        try:
            v1 = Metadata.from_dict(v1)
        except ValidationError as e:
            raise e.at(".metadata")
        except RecursionError:
            raise _rt.too_deep().at(".metadata") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_retrievals}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.document = v0
        obj.metadata = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "document": self.document,
            "metadata": self.metadata.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_retrievals = frozenset({"document", "metadata"})
