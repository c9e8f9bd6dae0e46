"""Settings from `[tool.generator]` in pyproject.toml, overridden by the command line."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace

from . import limits
from .errors import ConfigError, SpecError
from .pynames import name_problem

KEYS = {"spec", "out", "docs", "records", "package", "names", "operations", "tags", "status_codes", "open_enums",
        "unknown_keys", "python", "fragment", "pools", "strict"}
POOL_ROLES = ("components", "operations", "errors")
UNKNOWN_KEYS = ("keep", "drop", "reject")
PYTHONS = ("3.10", "3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Fragment:
    """The spec file is a fragment (a schema, responses, a response or a media type) whose root is `name`."""

    name: str
    operation: str = ""  # the operation it belongs to, for the names of nested models; default: from `name`
    group: str = ""  # x-speakeasy-group of that operation, e.g. "router.images"


@dataclass(frozen=True)
class Options:
    """What shapes the output besides the spec and the names (the run record hashes it)."""

    operations: tuple[str, ...] = ()  # operationIds to generate; empty: all
    tags: tuple[str, ...] = ()  # operations with one of these tags; empty: all
    status_codes: tuple[str, ...] = ()  # responses to generate: "200", "2XX", "default"; empty: all
    open_enums: bool = False  # string enums also take values the spec does not list (kept as str)
    unknown_keys: str = "keep"  # keys no property names: keep (additional_properties), drop or reject
    python: str = "3.10"  # oldest Python the generated code must run on (the formatter's target)
    fragment: Fragment | None = None
    pools: tuple[str, str, str] = POOL_ROLES  # package/docs folder of component, operation and error models

    def wants_status(self, status: str) -> bool:
        codes = self.status_codes
        return not codes or status in codes or f"{status[:1]}XX" in codes


@dataclass(frozen=True)
class Config:
    spec: str = "spec/openapi.yaml"
    out: str = "generated"
    package: str = "api_models"
    docs: str | None = None  # folder of the pages; None: <out>/docs (generator.layout)
    records: str | None = None  # folder of names.lock.json and .fingerprint.json; None: <out>
    origins: dict[str, str] = field(default_factory=dict)  # "docs"/"records" -> how it was set, for messages
    names: dict[str, str] = field(default_factory=dict)  # JSON pointer -> model name (ties only)
    options: Options = Options()
    strict: bool = False  # every warning is an error; not an Option: it never changes the output, only refuses it
    notes: tuple[str, ...] = ()  # said as warnings: e.g. a pyproject.toml without [tool.generator]


_ROOT_MARKERS = (".git", ".hg")


def find_config(start: str) -> tuple[str | None, str | None]:
    """The pyproject.toml of a run started in `start` (as black and ruff find theirs): the nearest one upwards that
    has a [tool.generator] table, looking no further up than the project root (a folder with .git or .hg); with
    None, the nearest pyproject.toml seen on the way (one without the table), if any."""
    folder, seen = os.path.abspath(start), None
    while True:
        candidate = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(candidate):
            if "generator" in _tool(candidate):
                return candidate, None
            seen = seen or candidate
        parent = os.path.dirname(folder)
        if parent == folder or any(os.path.lexists(os.path.join(folder, m)) for m in _ROOT_MARKERS):
            return None, seen
        folder = parent


def load_config(pyproject: str = "pyproject.toml") -> Config:
    if not os.path.exists(pyproject) or _is_devnull(pyproject):  # --config /dev/null: the defaults, as an empty file
        return Config()
    tool = _tool(pyproject)
    if "generator" not in tool:
        return Config(notes=(f"{pyproject}: no [tool.generator] table; the defaults apply",))
    return _config(pyproject, tool)


def _tool(pyproject: str) -> dict[str, object]:
    """The [tool] table of a pyproject.toml ({} if it has none)."""
    try:
        tool = tomllib.loads(limits.read_file(pyproject).decode("utf-8")).get("tool", {})
    except SpecError as e:  # not a regular file, or larger than the limit on input files
        raise ConfigError(f"{pyproject}: {e.problem}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{pyproject}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{pyproject}: {e}") from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise ConfigError(f"{pyproject}: values nested too deeply to read") from None
    if not isinstance(tool, dict):
        raise ConfigError(f"{pyproject}: [tool] must be a table")
    return tool


def _config(pyproject: str, tool: dict[str, object]) -> Config:
    table = tool.get("generator", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: [tool.generator] must be a table")
    unknown = sorted(set(table) - KEYS)
    if unknown:
        raise ConfigError(f"{pyproject}: unknown key [tool.generator] {unknown[0]!r} "
                          f"(known: {', '.join(sorted(KEYS))})")
    base = os.path.dirname(os.path.abspath(pyproject))
    cfg = Config()
    for key in ("spec", "out", "docs", "records", "package"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be a string")
    if "package" in table:
        check_name(table["package"], "package", f"{pyproject}: [tool.generator] package =")
    names = table.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        raise ConfigError(f"{pyproject}: [tool.generator.names] maps JSON pointers to class names")
    for pointer, name in names.items():
        check_name(name, "class", f"{pyproject}: [tool.generator.names] {pointer!r} =")
    return Config(
        spec=os.path.join(base, table.get("spec", cfg.spec)),
        out=os.path.join(base, table.get("out", cfg.out)),
        package=table.get("package", cfg.package),
        docs=os.path.join(base, table["docs"]) if "docs" in table else None,
        records=os.path.join(base, table["records"]) if "records" in table else None,
        origins={key: f"{pyproject}: [tool.generator] {key} = {table[key]!r}" for key in ("docs", "records")
                 if key in table},
        names=dict(names),
        options=_options(pyproject, table),
        strict=_strict(pyproject, table),
    )


def _is_devnull(path: str) -> bool:
    try:
        return os.path.samefile(path, os.devnull)
    except OSError:
        return False


def _strict(pyproject: str, table: dict[str, object]) -> bool:
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{pyproject}: [tool.generator] strict must be true or false, got {strict!r}")
    return strict


def _options(pyproject: str, table: dict[str, object]) -> Options:
    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be a list of strings")
        return tuple(value)

    def choice(key: str, allowed: tuple[str, ...], default: str) -> str:
        value = table.get(key, default)
        if value not in allowed:
            raise ConfigError(f"{pyproject}: [tool.generator] {key} must be one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    status = strings("status_codes")
    for code in status:
        if not (code == "default" or (len(code) == 3 and code[0] in "12345" and
                                      (code[1:].isdigit() or code[1:] == "XX"))):
            raise ConfigError(f"{pyproject}: [tool.generator] status_codes: {code!r} is not a status code such as "
                              "'200', '2XX' or 'default'")
    open_enums = table.get("open_enums", False)
    if not isinstance(open_enums, bool):
        raise ConfigError(f"{pyproject}: [tool.generator] open_enums must be true or false")
    return Options(strings("operations"), strings("tags"), status, open_enums,
                   choice("unknown_keys", UNKNOWN_KEYS, "keep"), choice("python", PYTHONS, "3.10"),
                   _fragment(pyproject, table.get("fragment")), _pools(pyproject, table.get("pools", {})))


def _pools(pyproject: str, table: object) -> tuple[str, str, str]:
    """[tool.generator.pools]: components/operations/errors -> the folder (and subpackage) name of each."""
    if not isinstance(table, dict) or set(table) - set(POOL_ROLES):
        raise ConfigError(f"{pyproject}: [tool.generator.pools] maps components, operations and errors to names")
    names = tuple(table.get(role, role) for role in POOL_ROLES)
    for role, name in zip(POOL_ROLES, names):
        if not isinstance(name, str):
            raise ConfigError(f"{pyproject}: [tool.generator.pools] {role} = {name!r} is not a lower-case Python "
                              "identifier")
        check_name(name, "pool", f"{pyproject}: [tool.generator.pools] {role} =")
    if len(set(names)) != 3:
        raise ConfigError(f"{pyproject}: [tool.generator.pools] names must differ, got {', '.join(names)}")
    return names  # type: ignore[return-value]


def _fragment(pyproject: str, table: object) -> Fragment | None:
    if table is None:
        return None
    if not isinstance(table, dict) or set(table) - {"name", "operation", "group"} or not all(
            isinstance(v, str) for v in table.values()):
        raise ConfigError(f"{pyproject}: [tool.generator.fragment] takes name, operation and group (strings)")
    return fragment(table.get("name", ""), table.get("operation", ""), table.get("group", ""),
                    f"{pyproject}: [tool.generator.fragment] name =")


def fragment(name: str, operation: str = "", group: str = "", where: str = "--name") -> Fragment:
    """The fragment's root: `name` is its class name, given at `where` (for the message)."""
    check_name(name, "class", where)
    return Fragment(name, operation, group)


def overridden(cfg: Config, spec: str | None, out: str | None, package: str | None, strict: bool,
               root: Fragment | None, docs: str | None = None, records: str | None = None) -> Config:
    """`cfg` with the settings of the command line (--spec ... --fragment), each checked as its key would be."""
    if package is not None:
        check_name(package, "package", "--package")
    options = cfg.options if root is None else replace(cfg.options, fragment=root)
    origins = {**cfg.origins, **{key: f"--{key} {value!r}" for key, value in (("docs", docs), ("records", records))
                                 if value}}
    return replace(cfg, spec=spec or cfg.spec, out=out or cfg.out, package=cfg.package if package is None else package,
                   strict=strict or cfg.strict, options=options, docs=docs or cfg.docs,
                   records=records or cfg.records, origins=origins)


def check_name(name: str, kind: str, where: str) -> None:
    """A name the user gives (a "class", "package" or "pool"), or a ConfigError saying what is wrong at `where`."""
    problem = name_problem(name, kind)
    if problem:
        raise ConfigError(f"{where} {name!r} {problem}")
