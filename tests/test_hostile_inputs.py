"""Input files that are not files to read (issue 12, item 6): the spec, a file a `$ref` reaches, or the configuration
is `/dev/zero`, a named pipe, a directory, a socket or a file larger than the limit (generator/limits.py,
`MAX_FILE_BYTES`). Each is exit 2 with one line naming it (through a `$ref`: at the referring place), never a read
without bound (exit 3 once memory runs out) nor a wait for a writer that never comes.

Cases that used to read without bound or wait run `python -m generator` in a child process with a cap on its
address space and a timeout, so that a regression fails the test instead of taking the machine's memory.
"""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from conftest import ROOT, shared_path
from generator import limits
from generator.cli import main
from generator.errors import SpecError

H = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'
REF_SPEC = H + "components:\n  schemas:\n    A: {$ref: 'other.yaml#/A'}\n"
OTHER = "A: {type: object, properties: {x: {type: string}}}\n"
MAX = 64 * 2**20  # the limit README promises (limits.MAX_FILE_BYTES)
LIMIT = "file is larger than the 64 MiB limit on input files"
KINDS = {"fifo": "a named pipe", "directory": "a directory", "socket": "a socket", "dev-zero": "a character device"}
_ADDRESS_SPACE = 2 * 2**30  # far above what these runs need, far below the machine's memory


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False, env={**os.environ, "PYTHONPATH": ROOT}, preexec_fn=_capped, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"specsmith {' '.join(args)} waited for 60 s (reading a named pipe?)")


def assert_one_error(r: subprocess.CompletedProcess[str], line: str) -> None:
    assert (r.returncode, r.stderr, r.stdout) == (2, f"error: {line}\n", "")


@pytest.fixture
def special(tmp_path, monkeypatch) -> Iterator:
    """make(name, kind): a file of that kind at tmp_path/name (a socket stays bound until the test ends)."""
    sockets = []
    monkeypatch.chdir(tmp_path)  # a socket's address is short when relative (108 bytes at most)

    def make(name: str, kind: str) -> str:
        if kind == "fifo":
            os.mkfifo(name)
        elif kind == "directory":
            os.mkdir(name)
        elif kind == "socket":
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.bind(name)
            sockets.append(sock)
        else:
            if not os.path.exists("/dev/zero"):
                pytest.skip("no /dev/zero")
            os.symlink("/dev/zero", name)
        return str(tmp_path / name)

    yield make
    for sock in sockets:
        sock.close()


def test_spec_dev_zero_is_refused_without_reading_it(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    r = run_cli("generate", "--spec", "/dev/zero", "--out", str(tmp_path / "out"), "--config", str(tmp_path / "none"))
    assert_one_error(r, "/dev/zero#: not a regular file (a character device)")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_spec_that_is_not_a_regular_file(tmp_path, special, kind):
    spec = special("api.yaml", kind)
    r = run_cli("generate", "--spec", spec, "--out", str(tmp_path / "out"), "--config", str(tmp_path / "none"))
    assert_one_error(r, f"{spec}#: not a regular file ({KINDS[kind]})")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_ref_to_a_file_that_is_not_a_regular_file(tmp_path, special, kind):
    spec = tmp_path / "api.yaml"
    spec.write_text(REF_SPEC)
    other = special("other.yaml", kind)
    r = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--config", str(tmp_path / "none"))
    assert_one_error(r, f"{spec}#/components/schemas/A: $ref 'other.yaml#/A' does not resolve "
                        f"({other}: not a regular file ({KINDS[kind]}))")


def sparse(path, size: int, head: str = H) -> str:
    """A file of `size` bytes: `head`, then NULs (sparse: no disk space)."""
    with open(path, "wb") as fh:
        fh.write(head.encode())
        fh.truncate(size)
    return str(path)


def test_spec_over_the_size_limit(tmp_path, capsys):
    spec = sparse(tmp_path / "api.yaml", MAX + 1)
    assert main(["generate", "--spec", spec, "--out", str(tmp_path / "out"), "--config", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == f"error: {spec}#: {LIMIT}\n"
    assert not (tmp_path / "out").exists()


def test_spec_at_the_size_limit_is_read(tmp_path, capsys):
    spec = sparse(tmp_path / "api.yaml", MAX)  # read in full: its NULs are what is wrong
    assert main(["generate", "--spec", spec, "--out", str(tmp_path / "out"), "--config", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == f"error: {spec}#: not a text file (contains NUL bytes)\n"


def test_ref_to_a_file_over_the_size_limit(tmp_path, capsys):
    spec = tmp_path / "api.yaml"
    spec.write_text(REF_SPEC)
    other = sparse(tmp_path / "other.yaml", MAX + 1, OTHER)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out"),
                 "--config", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == (f"error: {spec}#/components/schemas/A: $ref 'other.yaml#/A' does not resolve "
                                       f"({other}: {LIMIT})\n")


def test_the_read_is_bounded_whatever_the_size_said(monkeypatch):
    """/proc files say they hold 0 bytes (as a file that grows after its size was taken): the read stops at the
    limit + 1 byte."""
    if not os.path.isfile("/proc/self/status"):
        pytest.skip("no /proc")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 16)
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(SpecError) as e:
        limits.read_file("/proc/self/status")
    assert (e.value.file, e.value.pointer, e.value.problem) == (
        "/proc/self/status", "", "file is larger than the 0 MiB limit on input files")


def test_record_of_an_earlier_run_does_not_read_a_ref_turned_into_a_pipe(tmp_path):
    """The check that skips unchanged runs reads every spec file again: a `$ref`d file replaced by a named pipe
    since the last run is refused there too, not waited on."""
    spec, other, out = tmp_path / "api.yaml", tmp_path / "other.yaml", tmp_path / "out"
    spec.write_text(REF_SPEC)
    other.write_text(OTHER)
    assert run_cli("generate", "--spec", str(spec), "--out", str(out), "--config", str(tmp_path / "none")).returncode == 0
    other.unlink()
    os.mkfifo(other)
    for command in ("generate", "check"):
        r = run_cli(command, "--spec", str(spec), "--out", str(out), "--config", str(tmp_path / "none"))
        assert_one_error(r, f"{spec}#/components/schemas/A: $ref 'other.yaml#/A' does not resolve "
                            f"({other}: not a regular file (a named pipe))")


@pytest.mark.parametrize("kind", KINDS)
def test_config_that_is_not_a_regular_file(tmp_path, special, kind):
    config = special("pyproject.toml", kind)
    r = run_cli("generate", "--config", config, "--out", str(tmp_path / "out"))
    assert_one_error(r, f"{config}: not a regular file ({KINDS[kind]})")


def test_config_over_the_size_limit(tmp_path, capsys):
    config = sparse(tmp_path / "pyproject.toml", MAX + 1, "[tool.generator]\n")
    assert main(["generate", "--config", config, "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"error: {config}: {LIMIT}\n"


def test_config_not_utf8(tmp_path, capsys):
    config = tmp_path / "pyproject.toml"
    config.write_bytes(b"[tool.generator]\npackage = 'caf\xe9'\n")
    assert main(["generate", "--config", str(config), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"error: {config}: not UTF-8 text\n"


def test_every_corpus_spec_is_within_the_limit():
    """The limit is far above real specs: the largest corpus files (3.3 MB) are read in full."""
    corpus = shared_path("corpus")
    sizes = {}
    for folder, _, names in os.walk(corpus):
        for name in names:
            if name.endswith((".yaml", ".yml", ".json")):
                path = os.path.join(folder, name)
                with open(path, "rb") as fh:
                    assert limits.read_file(path) == fh.read()
                sizes[name] = os.path.getsize(path)
    assert 3_000_000 < max(sizes.values()) < MAX // 16
