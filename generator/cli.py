"""Command line: `specsmith generate|check` (or `python -m specsmith`): OpenAPI spec -> models and docs.

Exit codes: 0 ok, 1 drift found by `check`, 2 bad input or configuration (or an output directory that cannot be
written), 3 internal error (a bug), 130 Ctrl-C and 143 SIGTERM (the output directory left as it was).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import signal
import sys
import time
import traceback

from . import __version__, fingerprint
from .config import Config, find_config, load_config, overridden
from .config import fragment as config_fragment
from .errors import (
    ConfigError,
    FormatError,
    FormatterError,
    OutputError,
    SpecError,
)
from .layout import Layout, resolve
from .limits import caught
from .namelock import LOCK_FILE
from .output import Previous, drift, previous_run
from .owned import FINGERPRINT_FILE
from .write import write_trees

EPILOG = """examples:
  specsmith generate                     # spec/ -> generated/ as set in pyproject.toml
  specsmith check                        # exit 1 and a diff when generated/ is stale
  specsmith generate --spec other.yaml --out /tmp/out --package vendored_api
  specsmith generate --out src --docs docs/api --records .specsmith   # src layout, pages and records elsewhere
  specsmith generate --no-lock           # name every model afresh, ignoring generated/names.lock.json
  python -m specsmith generate -v        # the same as a module; each stage with its time

exit codes: 0 ok, 1 drift found by `check` (diff on stdout), 2 bad spec, config or output directory
(one `error: FILE#POINTER: problem` line on stderr), 3 internal error (SPECSMITH_DEBUG=1 shows the traceback),
130 Ctrl-C, 143 SIGTERM (one line `interrupted; <out> is unchanged`).
"""


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt for Ctrl-C: the run unwinds (workers stopped, staging removed)."""


# the signals that stop a run: (word of its line, exit code, exception raised)
_STOPS: dict[int, tuple[str, int, type[BaseException]]] = {
    signal.SIGINT: ("interrupted", 130, KeyboardInterrupt), signal.SIGTERM: ("terminated", 143, Terminated)}


@dataclasses.dataclass
class _Outcome:
    """What the line of a run stopped by a signal needs to know of the run so far."""

    out: str | None = None  # the output directory, once known
    folders: tuple[str, ...] = ()  # every folder the run writes, once known (the output directory alone: empty)
    written: bool = False  # the new files are in place: set by write_tree before it lets a signal through
    stopped_by: int | None = None  # SIGINT or SIGTERM, once one came


def main(argv: list[str] | None = None) -> int:
    """The command line. Ctrl-C or SIGTERM at any moment: one line on stderr, exit 130 or 143, no traceback."""
    outcome = _Outcome()
    handlers = {sig: signal.getsignal(sig) for sig in _STOPS}
    for sig, handler in handlers.items():
        if handler != signal.SIG_IGN:  # ignored by whoever started the run (nohup, `cmd &` in a script): it stays so
            signal.signal(sig, functools.partial(_raise_stop, outcome))
    try:
        return _run(argv, outcome)
    except BaseException as e:
        if outcome.stopped_by is None and not isinstance(e, (KeyboardInterrupt, Terminated)):
            raise  # SystemExit of --help or a bad option
        for sig in handlers:  # a second Ctrl-C while saying so: still the one line
            signal.signal(sig, signal.SIG_IGN)
        stopped_by = outcome.stopped_by or (signal.SIGTERM if isinstance(e, Terminated) else signal.SIGINT)
        cause, code, _ = _STOPS[stopped_by]
        sys.stderr.write(_stopped(cause, outcome.folders or (outcome.out,), outcome.written) + "\n")
        return code
    finally:
        for sig, handler in handlers.items():
            if handler is not None:  # None: a handler not set from Python, which cannot be put back
                signal.signal(sig, handler)


def _raise_stop(outcome: _Outcome, signum: int, frame: object) -> None:
    """Noted before raising: the exception may turn into another on its way (an import interrupted while compiling
    a module can end in a SyntaxError), and the run must still end as stopped by the signal."""
    outcome.stopped_by = signum
    raise _STOPS[signum][2]


def _stopped(cause: str, folders: tuple[str | None, ...], written: bool) -> str:
    """The line for a run stopped by a signal; `written`: the new tree was swapped in before it came."""
    where = _names([os.path.relpath(f) for f in folders if f]) or "the output directory"
    one = len(folders) == 1
    state = ("was" if one else "were") + " already written" if written else ("is" if one else "are") + " unchanged"
    return f"{cause}; {where} {state}"


def _names(names: list[str]) -> str:
    """a; a and b; a, b and c."""
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _run(argv: list[str] | None, outcome: _Outcome) -> int:
    args = _parser().parse_args(argv)
    outcome.out = args.out
    started = time.perf_counter()
    progress = _Progress(args, started)
    spec = args.spec or ""
    try:
        cfg = _configure(args)
        layout = resolve(cfg)
        spec, out = cfg.spec, cfg.out
        outcome.out = out
        previous = _previous_run(args.command, layout, args.no_lock)
        outcome.folders = layout.roots() if len(layout.roots()) > 1 else ()
        settings = fingerprint.settings(cfg.package, cfg.names, cfg.options, layout.settings())
        done = fingerprint.unchanged(spec, settings, layout.records, previous.record, layout.roots()[:-1])
        if done is not None:  # nothing the output depends on changed, and the files are intact
            if cfg.strict and done.warnings:
                return _refuse_warnings(done.warnings)
            return _report(args, done.warnings, done.models, done.pages, 0, started)
        from .pipeline import (
            generate_files,  # jinja2 loads only when there is work
        )

        result = generate_files(spec, cfg.package, cfg.names, lock=previous.lock, lock_origin=previous.lock_origin,
                                options=cfg.options, progress=progress, layout=layout)
    except Exception as e:
        code = _failed(e, outcome, spec)
        if code is None:  # the signal, turned into another exception on its way here
            raise
        return code
    if cfg.strict and result.warnings:
        return _refuse_warnings(result.warnings)
    if not args.quiet:
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    try:
        if args.command == "check":
            if _stale(result.trees, out, progress):
                return 1
            written = 0
        else:
            written = _write(result.trees, previous.retire, outcome, progress)
    except OutputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return _report(args, (), result.models, result.pages, written, started)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="specsmith", description=__doc__.split("\n")[0], epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"specsmith {__version__}")
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--spec", help="OpenAPI file (YAML or JSON)")
    parser.add_argument("--out", help="output directory (receives <package>/; by default docs/ and the records too)")
    parser.add_argument("--docs", metavar="DIR", help="folder of the Markdown pages (default: <out>/docs)")
    parser.add_argument("--records", metavar="DIR",
                        help=f"folder of {LOCK_FILE} and {FINGERPRINT_FILE} (default: <out>)")
    parser.add_argument("--package", help="name of the generated Python package")
    parser.add_argument("--config", help="pyproject.toml holding [tool.generator] (default: the nearest one with that "
                                         "table, from the current folder up to the project root)")
    parser.add_argument("--no-lock", action="store_true",
                        help=f"ignore the name lock ({LOCK_FILE} of the records folder): every model is named "
                             "afresh (existing models may be renamed); the new names are locked")
    parser.add_argument("--strict", action="store_true",
                        help="every warning is an error: exit 2 and write nothing (also [tool.generator] strict)")
    parser.add_argument("--fragment", action="store_true",
                        help="the spec file is a fragment: a lone schema, a responses mapping, a response or a media "
                             "type (needs --name)")
    parser.add_argument("--name", help="with --fragment: the class name of the fragment's root")
    parser.add_argument("--operation", default="", help="with --fragment: the operation it belongs to (names of "
                                                        "nested models; default: --name without ResponseBody)")
    parser.add_argument("--group", default="", help="with --fragment: the operation's group, e.g. router.images")
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    noise.add_argument("-v", "--verbose", action="store_true", help="print each stage with its time")
    return parser


def _configure(args: argparse.Namespace) -> Config:
    """[tool.generator] of the config file (or the defaults), its notes said, with the command line's settings."""
    config, without_table = (args.config, None) if args.config else find_config(os.getcwd())
    cfg = load_config(config) if config else Config()
    if without_table:
        cfg = dataclasses.replace(cfg, notes=(f"{os.path.relpath(without_table)}: no [tool.generator] table (nor in a "
                                  "pyproject.toml above it, up to the project root); the defaults apply",))
    if not args.quiet:
        for note in cfg.notes:
            print(f"warning: {note}", file=sys.stderr)
    if not (args.spec or config or os.path.exists(cfg.spec)):
        raise ConfigError(f"no spec to read: no pyproject.toml with a [tool.generator] table from {os.getcwd()} up "
                          f"to the project root, and no {os.path.relpath(cfg.spec)} (the default spec path); run "
                          "from your project, pass --spec, or set spec in [tool.generator]")
    if bool(args.fragment) != bool(args.name):
        raise ConfigError("--fragment and --name go together: --fragment --name ROOT_NAME")
    root = config_fragment(args.name, args.operation, args.group) if args.fragment else None
    return overridden(cfg, args.spec, args.out, args.package, args.strict, root, args.docs, args.records)


def _previous_run(command: str, layout: Layout, no_lock: bool) -> Previous:
    """What the last run left (its name lock and record: none with --no-lock)."""
    try:
        return previous_run(command, layout, no_lock, _waiting)
    except OSError as e:
        raise _cannot("read", layout.out, e) from None


def _failed(e: Exception, outcome: _Outcome, spec: str) -> int | None:
    """A failed run's line and exit code; None for an exception a signal turned into (the signal's line follows)."""
    if isinstance(e, (SpecError, ConfigError, FormatterError, OutputError)):
        print(f"error: {e}", file=sys.stderr)
        return 2
    if isinstance(e, RecursionError):  # past the depth limits (generator.limits): schemas chained hundreds deep
        _debug_traceback()
        print(f"error: {caught(e, os.path.abspath(spec))}", file=sys.stderr)
        return 2
    if outcome.stopped_by:
        return None
    if isinstance(e, FormatError):
        print(f"internal error: {e}; please report it with the spec", file=sys.stderr)
        return 3
    _debug_traceback()  # a bug: one line, the traceback only on request
    print(f"internal error: {type(e).__name__}: {e}; please report it with the spec "
          "(SPECSMITH_DEBUG=1 shows the traceback)", file=sys.stderr)
    return 3


def _debug_traceback() -> None:
    if os.environ.get("SPECSMITH_DEBUG"):
        traceback.print_exc()


def _stale(trees: tuple[tuple[str, dict[str, str]], ...], out: str, progress: _Progress) -> bool:
    """`check`: the diff on stdout and the stale line when a folder of the output differs."""
    progress("comparing with " + _names([os.path.relpath(root) for root, _ in trees]))
    try:  # a stale record alone is no drift: the next run just does not skip
        stale, count, text = drift(trees, out, FINGERPRINT_FILE)
    except OSError as e:
        raise _cannot("read", out, e) from None
    if stale:
        sys.stdout.write(text)
        print(f"{_names([os.path.relpath(root) for root in stale])} {'is' if len(stale) == 1 else 'are'} stale: "
              f"{_counted(count, 'file')} differ{'s' if count == 1 else ''}; run `specsmith generate`", file=sys.stderr)
    return bool(stale)


def _write(trees: tuple[tuple[str, dict[str, str]], ...], retire: tuple[str, ...], outcome: _Outcome,
           progress: _Progress) -> int:
    """`generate`: the changed files written (and the folders of an earlier layout cleaned up); how many."""
    progress("writing the changed files to " + _names([os.path.relpath(root) for root, _ in trees]))
    try:
        plans = write_trees(trees, retire, _waiting, applied=lambda: setattr(outcome, "written", True))
    except OSError as e:
        raise _cannot("write", outcome.out or trees[0][0], e) from None
    for root, plan in plans:
        for rel in plan.kept:
            print(f"warning: {os.path.join(root, rel)}: no longer generated, but changed since specsmith wrote it, "
                  "so left in place (delete it if it is not yours)", file=sys.stderr)
    return sum(len(plan.put) + len(plan.drop) for _, plan in plans)


def _cannot(verb: str, out: str, e: OSError) -> OutputError:
    return OutputError(f"cannot {verb} {e.filename or out}: {e.strerror or e}")


def _waiting(folder: str) -> None:
    print(f"waiting for another specsmith run writing {os.path.relpath(folder)}...", file=sys.stderr)


class _Progress:
    """Stage lines on stderr: all of them with --verbose; otherwise only once a run has taken over a second."""

    def __init__(self, args: argparse.Namespace, started: float) -> None:
        self.verbose, self.quiet, self.started = args.verbose, args.quiet, started

    def __call__(self, stage: str) -> None:
        elapsed = time.perf_counter() - self.started
        if self.verbose or (not self.quiet and elapsed > 1.0):
            sys.stderr.write(f"[{elapsed:5.1f}s] {stage}...\n")  # one write: an interrupt cannot split the line


def _refuse_warnings(warnings: tuple[str, ...]) -> int:
    """Strict mode: the warnings (printed even with --quiet: they are the errors), one error line, exit 2."""
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    n = len(warnings)
    print(f"error: strict mode refused {n} warning{'' if n == 1 else 's'} (--strict or [tool.generator] strict = "
          "true); nothing was written", file=sys.stderr)
    return 2


def _report(args: argparse.Namespace, warnings: tuple[str, ...], models: int, pages: int, changed: int,
            started: float) -> int:
    if not args.quiet:
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        seconds = time.perf_counter() - started
        print(f"{_counted(models, 'model')}, {_counted(pages, 'page')}, {_counted(changed, 'file')} changed, "
              f"{seconds:.2f}s", file=sys.stderr)
    return 0


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
