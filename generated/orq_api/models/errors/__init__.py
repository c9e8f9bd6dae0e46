"""The `errors` models. Names load lazily: using one model imports only the modules it needs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

if TYPE_CHECKING:
    from .honoapierror import HonoApiError

_MODULES: Dict[str, str] = {
    "HonoApiError": "honoapierror",
}

__all__ = [
    "HonoApiError",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return list(__all__)
