"""components models: ItemsAdditionalProperties"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "ITEMS_ADDITIONAL_PROPERTIES_VALUES",
    "ItemsAdditionalProperties",
    "decode_items_additional_properties",
]


ItemsAdditionalProperties = Literal[False]


ITEMS_ADDITIONAL_PROPERTIES_VALUES = frozenset((False,))


def decode_items_additional_properties(data: Any) -> ItemsAdditionalProperties:
    # JSON equality: 1 equals 1.0, but true is not 1
    for value in (False,):
        if data == value and (type(data) is bool) is (type(value) is bool):
            return value  # the spec's value: 2.0 decodes as 2 when the enum says 2
    raise _rt.enum_error(data, ITEMS_ADDITIONAL_PROPERTIES_VALUES)
