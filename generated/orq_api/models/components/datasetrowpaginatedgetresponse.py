"""components models: DatasetRowPaginatedGetResponse"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrowpaginatedgetresponseitems import DatasetRowPaginatedGetResponseItems

__all__ = ["DatasetRowPaginatedGetResponse"]


@dataclass(slots=True, kw_only=True)
class DatasetRowPaginatedGetResponse(_rt.Base):
    """DatasetRowPaginatedGetResponse"""

    count: float
    page: float
    limit: float
    total_pages: float
    items: List[DatasetRowPaginatedGetResponseItems]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRowPaginatedGetResponse:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["count"]
            v1 = data["page"]
            v2 = data["limit"]
            v3 = data["totalPages"]
            v4 = data["items"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not float:
            if type(v0) is not int:
                raise _rt.type_error("float", v0).at(".count")
        elif v0 - v0 != 0.0:
            raise _rt.not_finite(v0).at(".count")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".page")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".page")
        if type(v2) is not float:
            if type(v2) is not int:
                raise _rt.type_error("float", v2).at(".limit")
        elif v2 - v2 != 0.0:
            raise _rt.not_finite(v2).at(".limit")
        if type(v3) is not float:
            if type(v3) is not int:
                raise _rt.type_error("float", v3).at(".totalPages")
        elif v3 - v3 != 0.0:
            raise _rt.not_finite(v3).at(".totalPages")
        try:
            v4 = _rt.d_list(v4, DatasetRowPaginatedGetResponseItems.from_dict)
        except ValidationError as e:
            raise e.at(".items")
        except RecursionError:
            raise _rt.too_deep().at(".items") from None
        extras: Dict[str, Any] = {}
        if len(data) != 5:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_dataset_row_paginated_get_response
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.count = v0
        obj.page = v1
        obj.limit = v2
        obj.total_pages = v3
        obj.items = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "count": self.count,
            "page": self.page,
            "limit": self.limit,
            "totalPages": self.total_pages,
            "items": [x0.to_dict() for x0 in self.items],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_row_paginated_get_response = frozenset(
    {"count", "page", "limit", "totalPages", "items"}
)
