"""Ctrl-C (SIGINT) and SIGTERM at any moment of a run: one line on stderr, exit 130 / 143, no traceback, no hang,
no worker left behind, and the output directory as it was.

Each try starts `python -m generator` in a session of its own and sends the signal a random moment after a stage
line of -v: to the whole group, as a terminal's Ctrl-C does (the workers get it too), or to the parent alone, as
`kill PID` does. The spec has ~400 models, so rendering goes to the worker pool (generator.parallel).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, snapshot
from generator import cli, parallel

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="signals and process groups: Linux")

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
MODELS = 400  # object schemas: 401 modules + 401 pages, over parallel._MIN_JOBS
TRIES = int(os.environ.get("SPECSMITH_INTERRUPT_TRIES", "20"))  # Ctrl-C while rendering (~1.3 s a try)
HANG = 20.0  # seconds a stopped run may take to exit
ENV = {key: value for key, value in os.environ.items() if key not in ("SPECSMITH_WORKERS", "SPECSMITH_DEBUG")}
STAGE = re.compile(r"^\[ *(\d+\.\d)s\] (\w+)")


def big_spec(path: str, variant: str) -> str:
    """MODELS object schemas, all in one response; `variant` goes into every description (a small difference)."""
    item = {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer"}, "name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}}}
    schemas = {f"Item{i:03}": {**item, "description": f"Item {i} ({variant})"} for i in range(MODELS)}
    schemas["All"] = {"type": "object",
                      "properties": {f"item{i:03}": {"$ref": f"#/components/schemas/Item{i:03}"} for i in range(MODELS)}}
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/All"}}}
    spec = {"openapi": "3.0.3", "info": {"title": "big", "version": "1"},
            "paths": {"/all": {"get": {"operationId": "getAll",
                                       "responses": {"200": {"description": "ok", "content": body}}}}},
            "components": {"schemas": schemas}}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(spec, fh)
    return path


def command(command: str, spec: str, out: str) -> list[str]:
    return [sys.executable, "-m", "generator", command, "--spec", spec, "--out", out, "--package", "big",
            "--config", os.path.join(os.path.dirname(spec), "absent.toml"), "-v"]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The two specs, an output directory generated from the first, and when each stage began (the -v lines)."""
    root = tmp_path_factory.mktemp("interrupt")
    old, new = big_spec(str(root / "old.json"), "old"), big_spec(str(root / "new.json"), "new")
    out = str(root / "work" / "out")
    assert subprocess.run(command("generate", old, out), cwd=ROOT, env=ENV, capture_output=True).returncode == 0
    scratch = str(root / "scratch")  # a full run of the new spec, only to time its stages
    run = subprocess.run(command("generate", new, scratch), cwd=ROOT, env=ENV, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    stages = {m[2]: float(m[1]) for m in map(STAGE.match, run.stderr.splitlines()) if m}
    return {"old": old, "new": new, "out": out, "stages": stages}


def stop(argv: list[str], sig: int, after: str, delay: float, group: bool, err_path: str) -> tuple[int, str]:
    """Run argv, send `sig` `delay` seconds after the stage line starting with `after`; (exit code, stderr).
    Fails if the run does not exit within HANG seconds or leaves a process (a worker) behind."""
    with open(err_path, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(argv, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=err, text=True,
                                start_new_session=True)
    try:
        while not re.search(rf"^\[ *[\d.]+s\] {after}", _read(err_path), re.M):
            assert proc.poll() is None, f"ended before the {after!r} stage:\n{_read(err_path)}"
            time.sleep(0.002)
        time.sleep(delay)
        (os.killpg if group else os.kill)(proc.pid, sig)
        try:
            code = proc.wait(timeout=HANG)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {HANG:.0f}s after {signal.Signals(sig).name}:\n{_read(err_path)}")
        _assert_group_ends(proc.pid)
        return code, _read(err_path)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _assert_group_ends(pgid: int) -> None:
    """No process of the run's session is left (a worker would be): within a few seconds of the parent's exit."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    pytest.fail("a process of the stopped run is still alive (a worker left behind)")


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def state(directory: str) -> tuple[list[str], dict[str, bytes]]:
    """What a directory holds: names (a leftover staging dir shows) and every file's bytes."""
    return sorted(os.listdir(directory)) if os.path.isdir(directory) else [], snapshot(directory)


def assert_one_line(err: str, line: str) -> None:
    """stderr: the -v stage lines that came before, then exactly `line`."""
    assert "Traceback" not in err, err
    rest = [text for text in err.splitlines() if not STAGE.match(text)]
    assert rest == [line], err


def message(cause: str, out: str, written: bool = False) -> str:
    return f"{cause}; {os.path.relpath(out, ROOT)} {'was already written' if written else 'is unchanged'}"


needs_pool = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the worker pool needs 2+ cores")


def stop_many(big, tmp_path, run: str, out: str, sig: int, stage: str, until: str, tries: int) -> None:
    """`tries` runs of `run` stopped by `sig` at random moments between the `stage` and `until` stage lines (as
    timed by a full run), half to the whole group, half to the parent: each one line and 130/143, and the output's
    folder exactly as it was."""
    window = big["stages"][until] - big["stages"][stage]
    before = state(os.path.dirname(out))
    cause, expected = ("interrupted", 130) if sig == signal.SIGINT else ("terminated", 143)
    late = 0
    for attempt in range(tries):
        delay = random.uniform(0, 0.8 * window)
        code, err = stop(command(run, big["new"], out), sig, stage, delay, group=attempt % 2 == 0,
                         err_path=str(tmp_path / "err"))
        if FINISHED.search(err):  # this run was quicker than the timed one: done before the signal came
            late += 1
            _put_back(big, run, out, before)
            continue
        assert code == expected, f"try {attempt}, {delay:.2f}s after the {stage!r} line:\n{err}"
        assert_one_line(err, message(cause, out))
        assert state(os.path.dirname(out)) == before
    assert late <= tries // 2, f"{late} of {tries} runs finished before their signal: the window is mistimed"


FINISHED = re.compile(r"^\d+ models?, \d+ pages?, \d+ files? changed|is stale: ", re.M)


def _put_back(big, run: str, out: str, before: tuple[list[str], dict[str, bytes]]) -> None:
    """The output of a run that finished before its signal, back to what it was."""
    if run == "generate" and not before[0]:
        shutil.rmtree(out)
    elif run == "generate":
        redo = subprocess.run(command("generate", big["old"], out), cwd=ROOT, env=ENV, capture_output=True)
        assert redo.returncode == 0, redo.stderr
    assert state(os.path.dirname(out)) == before


@needs_pool
def test_ctrl_c_while_rendering_leaves_the_output_as_it_was(big, tmp_path):
    """TRIES interrupts spread over rendering (the worker pool)."""
    assert 2 * MODELS + 2 >= parallel._MIN_JOBS
    stop_many(big, tmp_path, "generate", big["out"], signal.SIGINT, "rendering", "writing", TRIES)


@needs_pool
def test_sigterm_while_rendering_leaves_no_output(big, tmp_path):
    """SIGTERM (`kill PID`, or to the whole group as a service manager does); the output directory does not exist
    yet and must not appear."""
    out = str(tmp_path / "work" / "out")
    os.mkdir(os.path.dirname(out))
    stop_many(big, tmp_path, "generate", out, signal.SIGTERM, "rendering", "writing", 6)
    assert state(os.path.dirname(out)) == ([], {})


def test_ctrl_c_while_reading_and_building(big, tmp_path):
    stop_many(big, tmp_path, "generate", big["out"], signal.SIGINT, "reading", "rendering", 5)


def test_ctrl_c_during_check(big, tmp_path):
    """`check` (stale output: the new spec): reading, rendering or comparing; it never writes."""
    stop_many(big, tmp_path, "check", big["out"], signal.SIGINT, "reading", "writing", 5)


def in_process(argv: list[str]) -> int:
    """cli.main(argv); a KeyboardInterrupt that gets out of it fails the test (instead of stopping pytest)."""
    try:
        return cli.main(argv)
    except KeyboardInterrupt:
        pytest.fail("KeyboardInterrupt came out of main")


def test_ctrl_c_after_the_write_says_the_output_was_written(tmp_path, monkeypatch, capsys):
    """A signal that comes once write_tree has returned (here: while the summary line is made) finds the new tree in
    place, and says so."""
    out = str(tmp_path / "out")

    def summary(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_report", summary)
    code = in_process(["generate", "--spec", MINI, "--out", out, "--package", "mini_api",
                       "--config", str(tmp_path / "absent.toml")])
    assert code == 130
    assert capsys.readouterr().err == f"interrupted; {os.path.relpath(out)} was already written\n"
    assert os.path.isfile(os.path.join(out, "mini_api", "__init__.py"))


def test_ctrl_c_while_the_files_are_moved_into_place_waits_for_them(tmp_path, monkeypatch, capsys):
    """A signal while a committed write is applied is held back until every file is in place."""
    from generator import write

    out = str(tmp_path / "out")
    real_apply = write._apply

    def apply(*args: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # held back: delivered once the journal is done
        real_apply(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(write, "_apply", apply)
    argv = ["generate", "--spec", MINI, "--out", out, "--package", "mini_api", "--config", str(tmp_path / "absent.toml")]
    assert in_process(argv) == 130
    assert capsys.readouterr().err == f"interrupted; {os.path.relpath(out)} was already written\n"
    monkeypatch.undo()
    assert in_process(["check", *argv[1:]]) == 0  # complete, not half-applied
    assert not os.path.exists(os.path.join(out, ".specsmith-run"))


def test_an_interrupt_turned_into_another_exception_still_ends_as_an_interrupt(tmp_path, monkeypatch, capsys):
    """Ctrl-C while an import compiles a module can come out as a SyntaxError ("can't load unicodedata module"):
    the run still ends with the interrupt's line and 130, not as an internal error."""
    out = str(tmp_path / "out")

    def generate_files(*args: object, **kwargs: object) -> None:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)  # the handler runs here
        except KeyboardInterrupt:
            raise SyntaxError("(unicode error) \\N escapes not supported (can't load unicodedata module)") from None

    monkeypatch.setattr("generator.pipeline.generate_files", generate_files)
    code = in_process(["generate", "--spec", MINI, "--out", out, "--package", "mini_api", "--no-lock",
                       "--config", str(tmp_path / "absent.toml")])
    assert code == 130
    assert capsys.readouterr().err == f"interrupted; {os.path.relpath(out)} is unchanged\n"
    assert not os.path.exists(out)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back for the caller


def test_an_ignored_ctrl_c_stays_ignored(tmp_path):
    """A run started with SIGINT ignored (nohup, `cmd &` in a script) is not stopped by it."""
    out = str(tmp_path / "out")
    script = ("import os, signal, sys\n"
              "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
              "from generator import cli, pipeline\n"
              "real = pipeline.generate_files\n"
              "def generate_files(*args, **kwargs):\n"
              "    os.kill(os.getpid(), signal.SIGINT)\n"
              "    return real(*args, **kwargs)\n"
              "pipeline.generate_files = generate_files\n"
              "sys.exit(cli.main(sys.argv[1:]))\n")
    run = subprocess.run([sys.executable, "-c", script, "generate", "--spec", MINI, "--out", out, "--package",
                          "mini_api", "--config", str(tmp_path / "absent.toml")],
                         cwd=ROOT, env=ENV, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert os.path.isfile(os.path.join(out, "mini_api", "__init__.py"))
