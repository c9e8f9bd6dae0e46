"""Atomic writes: at every moment the output directory is wholly the old tree or wholly the new one (after the
next run's recovery step at most), and files the generator did not write are never deleted."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from generator import write
from generator.cli import main
from generator.errors import OutputError
from generator.write import MANIFEST, recover, write_tree

# Two synthetic trees, shared with the subprocess helper below; a few paths are in one tree only.
TREES = r'''
def tree(version, n=150):
    files = {}
    for i in range(n):
        pool = ("components", "operations", "errors")[i % 3]
        files[f"pkg/models/{pool}/m{i:03}.py"] = f"# tree {version}, module {i}\n" + "x = 1\n" * (i % 40)
        files[f"docs/models/{pool}/m{i:03}.md"] = f"# M{i} (tree {version})\n"
    files[f"pkg/only_in_{version}.py"] = "only\n"
    files[f"pkg/gone_{version}/x.py"] = "x\n"
    return files
'''
exec(TREES)  # defines tree()

HELPER = TREES + r'''
import os, signal, sys, builtins, shutil
sys.path.insert(0, os.environ["SPECSMITH_ROOT"])
from generator import write

out, mode, point = sys.argv[1:4]
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
if point in ("fallback", "between-renames", "after-renames"):
    write._exchange = lambda a, b: False  # the two-rename fallback
if point == "after-exchange":
    real_exchange = write._exchange
    def exchange(a, b):
        assert real_exchange(a, b)
        die()
    write._exchange = exchange
elif point in ("between-renames", "after-renames"):
    real_rename = os.rename
    def rename(a, b):
        real_rename(a, b)
        if (point == "between-renames") == b.endswith(".old"):
            die()
    os.rename = rename
elif point == "mid-write":
    real_open, count = builtins.open, [0]
    def counting_open(path, mode="r", *args, **kwargs):
        if "w" in mode:
            count[0] += 1
            if count[0] == 100:
                die()
        return real_open(path, mode, *args, **kwargs)
    write.open = counting_open
elif point == "old-removal":
    shutil.rmtree = lambda *a, **k: die()
trees = [tree(1), tree(0)]
print("ready", flush=True)
i = 0
while True:
    write.write_tree(trees[i % 2], out)
    i += 1
    if mode == "once":
        break
'''

FOREIGN = {"NOTES.txt": b"mine\n", "pkg/user_extra.py": b"# hand-written\n"}


def expected(version: int) -> dict[str, bytes]:
    files = tree(version)
    snap = {rel: text.encode() for rel, text in files.items()}
    snap[MANIFEST] = "".join(rel + "\n" for rel in sorted(files)).encode()
    return {**snap, **FOREIGN}


def snapshot(path) -> dict[str, bytes] | None:
    if not os.path.lexists(path):
        return None
    out = {}
    for dirpath, _, names in os.walk(path):
        for name in names:
            full = os.path.join(dirpath, name)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, path)] = fh.read()
    return out


def which(path) -> str:
    """'old' (tree 0), 'new' (tree 1), 'missing', or 'MIXED'."""
    snap = snapshot(path)
    if snap is None:
        return "missing"
    return {0: "old", 1: "new"}.get(next((v for v in (0, 1) if snap == expected(v)), None), "MIXED")


@pytest.fixture
def out(tmp_path):
    """An output directory holding tree 0 plus two files the generator did not write."""
    out = tmp_path / "out"
    write_tree(tree(0), str(out))
    for rel, data in FOREIGN.items():
        (out / rel).write_bytes(data)
    assert which(out) == "old"
    return out


def leftovers(out) -> list[str]:
    return sorted(n for n in os.listdir(os.path.dirname(out)) if n != os.path.basename(out))


# -- (a) an exception anywhere before the swap leaves the old tree; after it, the new one --------------------


def _failing_open(fail_at):
    def fake(path, mode="r", *args, **kwargs):
        if "w" in mode and fail_at(str(path)):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return open(path, mode, *args, **kwargs)
    return fake


def _nth(n):
    calls = [0]

    def hit(path):
        calls[0] += 1
        return calls[0] == n
    return hit


def _rename_failing_into(out):
    real = os.rename

    def rename(a, b):
        if b == os.path.realpath(out) and ".out.new-" in a:  # staging -> out, the fallback's second rename
            raise OSError(errno.EIO, "I/O error", a)
        real(a, b)
    return rename


FAILURES = {
    "first-file": lambda mp, out: mp.setattr(write, "open", _failing_open(_nth(1)), raising=False),
    "middle-file": lambda mp, out: mp.setattr(write, "open", _failing_open(_nth(150)), raising=False),
    "manifest": lambda mp, out: mp.setattr(write, "open", _failing_open(lambda p: p.endswith(MANIFEST)), raising=False),
    "interrupted": lambda mp, out: mp.setattr(write, "open", _interrupting_open(), raising=False),
    "copying-foreign-files": lambda mp, out: mp.setattr(shutil, "copy2", _raise(OSError(errno.EACCES, "denied"))),
    "swap": lambda mp, out: mp.setattr(write, "_exchange", _raise(OSError(errno.EIO, "I/O error"))),
    "fallback-second-rename": lambda mp, out: (mp.setattr(write, "_exchange", lambda a, b: False),
                                               mp.setattr(os, "rename", _rename_failing_into(out))),
}


def _raise(exc):
    def fake(*args, **kwargs):
        raise exc
    return fake


def _interrupting_open():
    def fake(path, mode="r", *args, **kwargs):
        if "w" in mode and "m100" in str(path):
            raise KeyboardInterrupt
        return open(path, mode, *args, **kwargs)
    return fake


@pytest.mark.parametrize("point", FAILURES)
def test_failure_before_the_swap_leaves_the_old_tree(out, monkeypatch, point):
    FAILURES[point](monkeypatch, out)
    with pytest.raises((OSError, KeyboardInterrupt)):
        write_tree(tree(1), str(out))
    monkeypatch.undo()
    assert which(out) == "old"
    assert leftovers(out) == []  # the staging directory is removed on the way out


def test_failure_removing_the_old_tree_after_the_swap_keeps_the_new_one(out, monkeypatch):
    monkeypatch.setattr(shutil, "rmtree", _raise(OSError(errno.EBUSY, "busy")))
    write_tree(tree(1), str(out))  # the new tree is in place: no error for a leftover
    monkeypatch.undo()
    assert which(out) == "new"
    assert len(leftovers(out)) == 1
    recover(str(out))
    assert leftovers(out) == [] and which(out) == "new"


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_write_replaces_the_tree(out, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    write_tree(tree(1), str(out))
    assert which(out) == "new" and leftovers(out) == []
    write_tree(tree(0), str(out))
    assert which(out) == "old" and leftovers(out) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux-only")
def test_exchange_swaps_two_directories(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "from_a").write_text("")
    assert write._exchange(str(tmp_path / "a"), str(tmp_path / "b"))
    assert os.listdir(tmp_path / "b") == ["from_a"] and os.listdir(tmp_path / "a") == []


def test_new_tree_has_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    write_tree({"a/b.txt": "x"}, str(tmp_path / "out"))
    write_tree({"a/b.txt": "y"}, str(tmp_path / "out"))
    assert os.stat(tmp_path / "out").st_mode & 0o777 == 0o777 & ~umask


def test_symlinked_out_dir_is_written_where_it_points(tmp_path):
    real = tmp_path / "real"
    write_tree({"a.txt": "1"}, str(real))
    (tmp_path / "link").symlink_to(real)
    write_tree({"a.txt": "2"}, str(tmp_path / "link"))
    assert (tmp_path / "link").is_symlink() and (real / "a.txt").read_text() == "2"


# -- (b) SIGKILL: deterministic points, then random moments ---------------------------------------------------


def run_helper(out, mode: str, point: str = "") -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HELPER, str(out), mode, point or "none"], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "SPECSMITH_ROOT": ROOT})
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    return proc


KILL_POINTS = {  # point -> (state right after the kill, state after recovery)
    "mid-write": ("old", "old"),
    "after-exchange": ("new", "new"),
    "old-removal": ("new", "new"),
    "between-renames": ("missing", "old"),  # the two-rename fallback's window
    "after-renames": ("new", "new"),
}


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_at_a_given_point_then_recover(out, point):
    if point == "after-exchange" and not sys.platform.startswith("linux"):
        pytest.skip("renameat2 is Linux-only")
    proc = run_helper(out, "once", point)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    right_after, recovered = KILL_POINTS[point]
    assert which(out) == right_after
    assert leftovers(out) != []  # the kill left something to clean up
    recover(str(out))
    assert which(out) == recovered and leftovers(out) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_sigkill_at_random_moments(out, tmp_path_factory, exchange):
    scratch = str(tmp_path_factory.mktemp("timing") / "out")
    started = time.perf_counter()  # how long one write takes here, so the kills spread over a whole write
    write_tree(tree(1), scratch)
    write_tree(tree(0), scratch)
    span = 1.5 * (time.perf_counter() - started) / 2
    rng = random.Random(20240601)
    seen = {"old": 0, "new": 0, "missing": 0, "MIXED": 0}
    killed_mid_write = 0
    for _ in range(16 if exchange else 10):
        proc = run_helper(out, "loop", "none" if exchange else "fallback")
        time.sleep(rng.uniform(0, span))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = which(out)
        seen[state] += 1
        if exchange:
            assert state in ("old", "new"), state  # renameat2: never missing, never mixed
        else:
            assert state in ("old", "new", "missing"), state
        killed_mid_write += bool(leftovers(out))
        recover(str(out))
        assert which(out) in ("old", "new") and leftovers(out) == []
    assert seen["MIXED"] == 0 and killed_mid_write > 0, seen


# -- (c) files not in the manifest are never deleted ---------------------------------------------------------


def test_foreign_files_survive_every_write(out):
    extra = {"pkg/gone_0/mine.txt": b"in a directory tree 1 drops\n", ".envrc": b"hidden\n",
             "mine/deep/er.txt": b"a directory of my own\n", "docs/models/components/m000.md.orig": b"backup\n"}
    for rel, data in extra.items():
        os.makedirs(os.path.dirname(out / rel), exist_ok=True)
        (out / rel).write_bytes(data)
    (out / "link").symlink_to("NOTES.txt")
    for version in (1, 0, 1):
        write_tree(tree(version), str(out))
        snap = snapshot(out)
        assert {rel: snap.get(rel) for rel in extra} == extra
        assert {rel: snap.get(rel) for rel in FOREIGN} == FOREIGN
        assert os.readlink(out / "link") == "NOTES.txt"
    assert not (out / "pkg" / "only_in_0.py").exists()  # owned by the old manifest, so removed
    assert not (out / "pkg" / "gone_0" / "x.py").exists()


def test_pycache_directories_are_not_carried_over(out):
    (out / "pkg" / "__pycache__").mkdir()
    (out / "pkg" / "__pycache__" / "only_in_0.cpython-311.pyc").write_bytes(b"\0")
    write_tree(tree(1), str(out))
    assert not (out / "pkg" / "__pycache__").exists()


@pytest.mark.parametrize("rel", ["pkg/only_in_1.py", "pkg/only_in_1.py/inside.txt"], ids=["same-path", "below-a-file"])
def test_a_generated_file_never_replaces_a_foreign_one(out, rel):
    (out / os.path.dirname(rel)).mkdir(parents=True, exist_ok=True)
    (out / rel).write_text("mine")
    before = snapshot(out)
    with pytest.raises(OutputError, match=r"pkg/only_in_1\.py.*did not write"):
        write_tree(tree(1), str(out))
    assert snapshot(out) == before and leftovers(out) == []


def test_cli_refuses_to_overwrite_a_foreign_file(tmp_path, capsys):
    mini = os.path.join(ROOT, "tests", "specs", "mini.yaml")
    page = tmp_path / "out" / "docs" / "models" / "components" / "pet.md"
    page.parent.mkdir(parents=True)
    page.write_text("my own page\n")
    rc = main(["generate", "--spec", mini, "--out", str(tmp_path / "out"), "--package", "mini_api",
               "--config", str(tmp_path / "absent.toml")])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("error: ") and "pet.md" in err and err.count("\n") == 1
    assert snapshot(tmp_path / "out") == {"docs/models/components/pet.md": b"my own page\n"}


def test_cli_recovers_a_killed_run_even_when_nothing_changed(tmp_path, capsys):
    mini = os.path.join(ROOT, "tests", "specs", "mini.yaml")
    args = ["generate", "--spec", mini, "--out", str(tmp_path / "out"), "--package", "mini_api",
            "--config", str(tmp_path / "absent.toml")]
    assert main(args) == 0
    (tmp_path / ".out.new-deadbeef").mkdir()  # what a run killed mid-write leaves
    assert main(args) == 0
    assert "0 files changed" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["out"]
