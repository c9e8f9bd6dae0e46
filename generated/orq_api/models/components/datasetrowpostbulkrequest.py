"""components models: DatasetRowPostBulkRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .datasetrows import DatasetRows

__all__ = ["DatasetRowPostBulkRequest"]


@dataclass(slots=True, kw_only=True)
class DatasetRowPostBulkRequest(_rt.Base):
    """DatasetRowPostBulkRequest"""

    dataset_rows: List[DatasetRows]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DatasetRowPostBulkRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["datasetRows"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, DatasetRows.from_dict)
        except ValidationError as e:
            raise e.at(".datasetRows")
        except RecursionError:
            raise _rt.too_deep().at(".datasetRows") from None
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_dataset_row_post_bulk_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.dataset_rows = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "datasetRows": [x0.to_dict() for x0 in self.dataset_rows],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_dataset_row_post_bulk_request = frozenset({"datasetRows"})
