"""operations models: Meta"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .apiversion import ApiVersion
from .billedunits import BilledUnits
from .tokens import Tokens

__all__ = ["Meta"]


@dataclass(slots=True, kw_only=True)
class Meta(_rt.Base):
    """Some information about the response"""

    api_version: Union[ApiVersion, Unset] = UNSET
    billed_units: Union[BilledUnits, Unset] = UNSET
    tokens: Union[Tokens, Unset] = UNSET
    warnings: Union[List[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Meta:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("api_version", UNSET)
        if v0 is not UNSET:
            try:
                v0 = ApiVersion.from_dict(v0)
            except ValidationError as e:
                raise e.at(".api_version")
            except RecursionError:
                raise _rt.too_deep().at(".api_version") from None
        v1 = data.get("billed_units", UNSET)
        if v1 is not UNSET:
            try:
                v1 = BilledUnits.from_dict(v1)
            except ValidationError as e:
                raise e.at(".billed_units")
            except RecursionError:
                raise _rt.too_deep().at(".billed_units") from None
        v2 = data.get("tokens", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Tokens.from_dict(v2)
            except ValidationError as e:
                raise e.at(".tokens")
            except RecursionError:
                raise _rt.too_deep().at(".tokens") from None
        v3 = data.get("warnings", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_list(v3, _rt.d_str)
            except ValidationError as e:
                raise e.at(".warnings")
            except RecursionError:
                raise _rt.too_deep().at(".warnings") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_meta}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.api_version = v0
        obj.billed_units = v1
        obj.tokens = v2
        obj.warnings = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.api_version
        if v0 is not UNSET:
            out["api_version"] = v0.to_dict()
        v1 = self.billed_units
        if v1 is not UNSET:
            out["billed_units"] = v1.to_dict()
        v2 = self.tokens
        if v2 is not UNSET:
            out["tokens"] = v2.to_dict()
        v3 = self.warnings
        if v3 is not UNSET:
            out["warnings"] = list(v3)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_meta = frozenset({"api_version", "billed_units", "tokens", "warnings"})
