"""components models: KnowledgeBases"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .configuration import Configuration, decode_configuration, encode_configuration

__all__ = ["KnowledgeBases"]


@dataclass(slots=True, kw_only=True)
class KnowledgeBases(_rt.Base):
    """KnowledgeBases"""

    knowledge_id: str
    """The id of the resource"""
    configuration: Configuration
    """Defines the configuration settings which can either be for a user message or a text entry."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> KnowledgeBases:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["knowledge_id"]
            v1 = data["configuration"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".knowledge_id")
        try:
            v1 = decode_configuration(v1)
        except ValidationError as e:
            raise e.at(".configuration")
        except RecursionError:
            raise _rt.too_deep().at(".configuration") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {k: x for k, x in data.items() if k not in _KEYS_knowledge_bases}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.knowledge_id = v0
        obj.configuration = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "knowledge_id": self.knowledge_id,
            "configuration": encode_configuration(self.configuration),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_knowledge_bases = frozenset({"knowledge_id", "configuration"})
