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
from generator.owned import MANIFEST, RUN_DIR, manifest_text
from generator.write import recover, write_tree

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

HELPER = TREES + r"""
import os, signal, sys, builtins, shutil
sys.path.insert(0, os.environ["SPECSMITH_ROOT"])
from generator import write

out, mode, point = sys.argv[1:4]
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
if point == "mid-write":
    real_open, count = builtins.open, [0]
    def counting_open(path, mode="r", *args, **kwargs):
        if "w" in mode:
            count[0] += 1
            if count[0] == 100:
                die()
        return real_open(path, mode, *args, **kwargs)
    write.open = counting_open
elif point == "after-commit":
    write._apply = lambda *a: die()
elif point == "mid-apply":
    real_replace, moved = os.replace, [0]
    def replace(a, b):
        real_replace(a, b)
        moved[0] += 1
        if moved[0] == 40:
            die()
    os.replace = replace
elif point == "cleanup":
    shutil.rmtree = lambda *a, **k: die()
trees = [tree(1), tree(0)]
print("ready", flush=True)
i = 0
while True:
    write.write_tree(trees[i % 2], out)
    i += 1
    if mode == "once":
        break
"""

FOREIGN = {"NOTES.txt": b"mine\n", "pkg/user_extra.py": b"# hand-written\n"}


def expected(version: int) -> dict[str, bytes]:
    files = tree(version)
    snap = {rel: text.encode() for rel, text in files.items()}
    snap[MANIFEST] = manifest_text(files).encode()
    return {**snap, **FOREIGN}


def snapshot(path) -> dict[str, bytes] | None:
    """Every file below path, except the generator's staging folder."""
    if not os.path.lexists(path):
        return None
    out = {}
    for dirpath, dirnames, names in os.walk(path):
        dirnames[:] = [d for d in dirnames if d != RUN_DIR]
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
    """What a run left: its staging folder in out, and anything at all beside out (never written)."""
    beside = sorted(n for n in os.listdir(os.path.dirname(out)) if n != os.path.basename(out))
    return beside + ([RUN_DIR] if os.path.lexists(os.path.join(out, RUN_DIR)) else [])


def committed(out) -> bool:
    return os.path.exists(os.path.join(out, RUN_DIR, "journal"))


# -- (a) an exception anywhere before the commit leaves the old tree; after it, the new one ---------------------


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


FAILURES = {
    "first-file": lambda mp: mp.setattr(write, "open", _failing_open(_nth(2)), raising=False),  # 1: the mark
    "middle-file": lambda mp: mp.setattr(write, "open", _failing_open(_nth(150)), raising=False),
    "manifest": lambda mp: mp.setattr(write, "open", _failing_open(lambda p: p.endswith(MANIFEST)), raising=False),
    "mark": lambda mp: mp.setattr(write, "open", _failing_open(lambda p: p.endswith("OWNER")), raising=False),
    "journal": lambda mp: mp.setattr(write, "open", _failing_open(lambda p: p.endswith("journal.tmp")),
                                     raising=False),
    "interrupted": lambda mp: mp.setattr(write, "open", _interrupting_open(), raising=False),
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
def test_failure_before_the_commit_leaves_the_old_tree(out, monkeypatch, point):
    FAILURES[point](monkeypatch)
    with pytest.raises((OSError, KeyboardInterrupt)):
        write_tree(tree(1), str(out))
    monkeypatch.undo()
    assert which(out) == "old"
    assert leftovers(out) == []  # the staging folder is removed on the way out


def test_failure_removing_the_staging_folder_after_the_apply_keeps_the_new_tree(out, monkeypatch):
    monkeypatch.setattr(shutil, "rmtree", _raise(OSError(errno.EBUSY, "busy")))
    write_tree(tree(1), str(out))  # the new tree is in place: no error for a leftover
    monkeypatch.undo()
    assert which(out) == "new"
    assert leftovers(out) == [RUN_DIR]
    recover(str(out))
    assert leftovers(out) == [] and which(out) == "new"


def test_write_replaces_the_tree(out):
    write_tree(tree(1), str(out))
    assert which(out) == "new" and leftovers(out) == []
    write_tree(tree(0), str(out))
    assert which(out) == "old" and leftovers(out) == []


def test_only_changed_files_are_written(out):
    before = {p: os.stat(out / p).st_ino for p in ("pkg/models/components/m000.py", "docs/models/errors/m002.md")}
    files = tree(0)
    files["pkg/models/components/m000.py"] += "y = 2\n"
    write_tree(files, str(out))
    assert os.stat(out / "docs/models/errors/m002.md").st_ino == before["docs/models/errors/m002.md"]
    assert os.stat(out / "pkg/models/components/m000.py").st_ino != before["pkg/models/components/m000.py"]
    assert (out / "pkg/models/components/m000.py").read_text().endswith("y = 2\n")


def test_new_tree_has_the_usual_permissions_and_existing_folders_keep_theirs(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    write_tree({"a/b.txt": "x"}, str(tmp_path / "out"))
    assert os.stat(tmp_path / "out" / "a").st_mode & 0o777 == 0o777 & ~umask
    os.chmod(tmp_path / "out", 0o750)
    os.chmod(tmp_path / "out" / "a", 0o700)
    write_tree({"a/b.txt": "y", "c/d.txt": "z"}, str(tmp_path / "out"))
    assert os.stat(tmp_path / "out").st_mode & 0o777 == 0o750
    assert os.stat(tmp_path / "out" / "a").st_mode & 0o777 == 0o700
    assert os.stat(tmp_path / "out" / "c").st_mode & 0o777 == 0o777 & ~umask


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
    "mid-write": ("old", "old"),  # staging: the output directory is untouched
    "after-commit": ("old", "new"),  # the journal is there: recovery carries it out
    "mid-apply": ("MIXED", "new"),
    "cleanup": ("new", "new"),
}


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_at_a_given_point_then_recover(out, point):
    proc = run_helper(out, "once", point)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    right_after, recovered = KILL_POINTS[point]
    assert which(out) == right_after
    assert leftovers(out) == [RUN_DIR]  # the kill left something to clean up, and only in out
    recover(str(out))
    assert which(out) == recovered and leftovers(out) == []


def test_sigkill_at_random_moments(out, tmp_path_factory):
    scratch = str(tmp_path_factory.mktemp("timing") / "out")
    started = time.perf_counter()  # how long one write takes here, so the kills spread over a whole write
    write_tree(tree(1), scratch)
    write_tree(tree(0), scratch)
    span = 1.5 * (time.perf_counter() - started) / 2
    rng = random.Random(20240601)
    seen = {"old": 0, "new": 0, "missing": 0, "MIXED": 0}
    killed_mid_write = 0
    for _ in range(16):
        proc = run_helper(out, "loop")
        time.sleep(rng.uniform(0, span))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = which(out)
        seen[state] += 1
        assert state in ("old", "new") or (state == "MIXED" and committed(out)), state  # mixed only mid-journal
        killed_mid_write += bool(leftovers(out))
        recover(str(out))
        assert which(out) in ("old", "new") and leftovers(out) == []
    assert seen["missing"] == 0 and killed_mid_write > 0, seen


# -- (c) files not in the manifest are never deleted ---------------------------------------------------------


def test_foreign_files_survive_every_write(out):
    extra = {"pkg/gone_0/mine.txt": b"in a directory tree 1 drops\n", ".envrc": b"hidden\n",
             "mine/deep/er.txt": b"a directory of my own\n", "docs/models/components/m000.md.orig": b"backup\n"}
    for rel, data in extra.items():
        os.makedirs(os.path.dirname(out / rel), exist_ok=True)
        (out / rel).write_bytes(data)
    (out / "link").symlink_to("NOTES.txt")
    inodes = {rel: os.stat(out / rel).st_ino for rel in [*extra, *FOREIGN]}
    for version in (1, 0, 1):
        write_tree(tree(version), str(out))
        snap = snapshot(out)
        assert {rel: snap.get(rel) for rel in extra} == extra
        assert {rel: snap.get(rel) for rel in FOREIGN} == FOREIGN
        assert os.readlink(out / "link") == "NOTES.txt"
        assert {rel: os.stat(out / rel).st_ino for rel in inodes} == inodes  # not copied: never touched
    assert not (out / "pkg" / "only_in_0.py").exists()  # owned by the old manifest, so removed
    assert not (out / "pkg" / "gone_0" / "x.py").exists()


def test_bytecode_of_replaced_modules_goes_and_the_rest_stays(out):
    cache = out / "pkg" / "__pycache__"
    cache.mkdir()
    for name in ("only_in_0.cpython-311.pyc", "user_extra.cpython-311.pyc", "user_extra.cpython-311.opt-1.pyc"):
        (cache / name).write_bytes(b"\0")
    write_tree(tree(1), str(out))  # only_in_0.py is deleted: so is its bytecode
    assert sorted(os.listdir(cache)) == ["user_extra.cpython-311.opt-1.pyc", "user_extra.cpython-311.pyc"]
    gone = out / "pkg" / "gone_1"
    (gone / "__pycache__").mkdir()
    (gone / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    write_tree(tree(0), str(out))  # gone_1/x.py is deleted: its folder, left with its bytecode only, goes too
    assert not gone.exists()


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
    write._make_run_dir(str(tmp_path / "out"))  # what a run killed while staging leaves
    assert main(args) == 0
    assert "0 files changed" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == ["out"] and not (tmp_path / "out" / RUN_DIR).exists()
