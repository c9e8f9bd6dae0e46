"""Settings from `[tool.generator]` in pyproject.toml, overridden by the command line."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field

from generator.errors import ConfigError

KEYS = {"spec", "out", "package", "names"}


@dataclass(frozen=True)
class Config:
    spec: str = "spec/openapi.yaml"
    out: str = "generated"
    package: str = "api_models"
    names: dict[str, str] = field(default_factory=dict)  # JSON pointer -> model name (ties only)


def load_config(pyproject: str = "pyproject.toml") -> Config:
    if not os.path.exists(pyproject):
        return Config()
    try:
        with open(pyproject, "rb") as fh:
            tool = tomllib.load(fh).get("tool", {})
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{pyproject}: {e}") from None
    except OSError as e:
        raise ConfigError(f"{pyproject}: cannot read file: {e.strerror}") from None
    table = tool.get("generator", {}) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: [tool.generator] must be a table")
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(f"{pyproject}: unknown key [tool.generator] {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")
    base = os.path.dirname(os.path.abspath(pyproject))
    cfg = Config()
    for key in ("spec", "out", "package"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be a string")
    names = table.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) and v.isidentifier() for v in names.values()):
        raise ConfigError(f"{pyproject}: [tool.generator.names] maps JSON pointers to class names")
    return Config(
        spec=os.path.join(base, table.get("spec", cfg.spec)),
        out=os.path.join(base, table.get("out", cfg.out)),
        package=table.get("package", cfg.package),
        names=dict(names),
    )
