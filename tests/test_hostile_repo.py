"""A repository that holds files the generator did not write, some planted by a pull request: the writer touches
only what it owns, never reads or writes beside or through the output directory, and `check` leaks nothing."""

from __future__ import annotations

import fcntl
import json
import os
import queue
import shutil
import subprocess
import sys
import threading

import pytest

from conftest import ROOT
from generator import write
from generator.cli import main
from generator.owned import MANIFEST, RUN_DIR

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
SECRET = "TOP-SECRET-TOKEN-4711"


def cli(command: str, out, *extra: str) -> int:
    return main([command, "--spec", MINI, "--out", str(out), "--package", "mini_api", "--config",
                 os.path.join(str(out), "..", "absent.toml"), *extra])


@pytest.fixture
def out(tmp_path):
    out = tmp_path / "out"
    assert cli("generate", out) == 0
    return out


def add_manifest_line(out, line: str) -> None:
    with open(out / MANIFEST, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


# -- 1. .manifest lines are confined and checked ---------------------------------------------------------


@pytest.mark.parametrize("line", ["../secret.txt", "{secret}", "0123456789abcdef  ../secret.txt",
                                  "0123456789abcdef  {secret}", "docs/../../secret.txt", "./docs/README.md",
                                  "docs//README.md", ".git/config", "0123456789abcdef  .specsmith-run/x"])
def test_a_manifest_line_outside_the_output_is_refused_by_check_and_generate(out, tmp_path, capsys, line):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    line = line.format(secret=secret)
    add_manifest_line(out, line)
    capsys.readouterr()
    for command in ("check", "generate"):
        assert cli(command, out) == 2
        captured = capsys.readouterr()
        assert SECRET not in captured.out + captured.err
        assert captured.err.startswith(f"error: {out / MANIFEST}: line ") and line[:40] in captured.err
    assert secret.read_text() == SECRET


def test_a_manifest_line_through_a_symlinked_folder_is_refused(out, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "passwd").write_text(SECRET)
    (out / "evil").symlink_to(elsewhere)
    add_manifest_line(out, "evil/passwd")
    capsys.readouterr()
    assert cli("check", out) == 2
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err and "symlink" in captured.err
    assert cli("generate", out) == 2
    assert (elsewhere / "passwd").read_text() == SECRET


def test_an_owned_file_replaced_by_a_symlink_is_not_followed(out, tmp_path, capsys):
    (tmp_path / "secret.txt").write_text(SECRET)
    page = out / "docs" / "models" / "components" / "pet.md"
    page.unlink()
    page.symlink_to(tmp_path / "secret.txt")
    capsys.readouterr()
    assert cli("check", out) == 2
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err and "symlink" in captured.err


def test_an_owned_fifo_does_not_block_check(out):
    page = out / "docs" / "models" / "components" / "pet.md"
    page.unlink()
    os.mkfifo(page)
    r = subprocess.run([sys.executable, "-m", "generator", "check", "--spec", MINI, "--out", str(out), "--package",
                        "mini_api", "--config", str(out / "absent.toml")], cwd=ROOT, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "not a regular file" in r.stderr


def test_a_fingerprint_naming_dev_zero_does_not_hang(out):
    record = json.loads((out / ".fingerprint.json").read_text())
    record["sources"] = ["/dev/zero", "../../../../../../dev/zero"]
    (out / ".fingerprint.json").write_text(json.dumps(record))
    r = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", MINI, "--out", str(out),
                        "--package", "mini_api", "--config", str(out / "absent.toml")], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("tamper", ["append", "drop-line", "edit-hash"])
def test_a_tampered_manifest_is_drift(out, capsys, tamper):
    text = (out / MANIFEST).read_text()
    lines = text.splitlines(True)
    if tamper == "append":
        (out / "docs" / "extra.md").write_text("planted\n")
        text += "0123456789abcdef  docs/extra.md\n"
    elif tamper == "drop-line":
        text = "".join(lines[:1] + lines[2:])
    else:
        text = "ffffffffffffffff" + text[16:]
    (out / MANIFEST).write_text(text)
    capsys.readouterr()
    assert cli("check", out) == 1
    assert f"--- a/{MANIFEST}" in capsys.readouterr().out
    assert cli("generate", out) == 0 and cli("check", out) == 0


def test_a_listed_file_someone_else_made_is_not_deleted(out, capsys):
    """A line can name any path below the output, but not the content of a file its author has not seen."""
    (out / ".env").write_text("API_KEY=" + SECRET)
    add_manifest_line(out, "0123456789abcdef  .env")
    assert cli("generate", out) == 0
    assert (out / ".env").read_text() == "API_KEY=" + SECRET
    assert "left in place" in capsys.readouterr().err


def test_a_hand_edited_file_no_longer_generated_is_kept_with_a_warning(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli("generate", out) == 0
    module = out / "mini_api" / "models" / "components" / "pet.py"
    module.write_text(module.read_text() + "# my notes\n")
    capsys.readouterr()
    assert main(["generate", "--spec", MINI, "--out", str(out), "--package", "other_api",
                 "--config", str(tmp_path / "absent.toml")]) == 0
    err = capsys.readouterr().err
    assert f"warning: {module}: no longer generated, but changed since specsmith wrote it" in err
    assert module.read_text().endswith("# my notes\n")
    assert sorted(p.name for p in (out / "mini_api").rglob("*") if p.is_file()) == ["pet.py"]  # the rest: deleted
    assert (out / "other_api" / "models" / "components" / "pet.py").exists()


# -- 2. nothing beside the output directory is deleted or adopted ----------------------------------------


def test_folders_beside_the_output_are_never_touched(out, tmp_path):
    for name in (".out.old", ".out.new-1234abcd"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "mine.txt").write_text("mine")
    assert cli("generate", out) == 0
    (out / "docs" / "README.md").write_text("changed\n")
    assert cli("generate", out) == 0
    for name in (".out.old", ".out.new-1234abcd"):
        assert (tmp_path / name / "mine.txt").read_text() == "mine"


@pytest.mark.parametrize("planted", ["folder", "symlink"])
def test_a_planted_old_tree_is_not_adopted_when_the_output_is_missing(tmp_path, planted):
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    (decoy / "evil.py").write_text("import os\n")
    (decoy / MANIFEST).write_text("evil.py\n")
    if planted == "folder":
        shutil.copytree(decoy, tmp_path / ".out.old")
    else:
        (tmp_path / ".out.old").symlink_to(decoy)
    assert cli("generate", tmp_path / "out") == 0
    assert not (tmp_path / "out" / "evil.py").exists()
    assert (tmp_path / ".out.old" / "evil.py").exists() and (decoy / "evil.py").exists()


# -- 3. the output directory itself and your files in it stay where they are ------------------------------


def test_out_src_keeps_your_package_its_inodes_and_its_bytecode(tmp_path):
    src = tmp_path / "src"
    (src / "myapp" / "__pycache__").mkdir(parents=True)
    (src / "myapp" / "core.py").write_text("VALUE = 1\n")
    (src / "myapp" / "__pycache__" / "core.cpython-311.pyc").write_bytes(b"\0")
    before = {p: os.stat(src / p).st_ino for p in ("", "myapp", "myapp/core.py", "myapp/__pycache__")}
    for _ in range(2):
        assert cli("generate", src) == 0
        (src / "docs" / "README.md").write_text("force a change\n")
    assert {p: os.stat(src / p).st_ino for p in before} == before
    assert (src / "myapp" / "__pycache__" / "core.cpython-311.pyc").exists()


def test_out_dot_in_a_project_touches_only_owned_paths(tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    (project / "README.md").write_text("# my project\n")
    monkeypatch.chdir(project)
    git_inode, project_inode = os.stat(project / ".git").st_ino, os.stat(project).st_ino
    head = (project / ".git" / "HEAD").read_bytes()
    for _ in range(2):
        assert main(["generate", "--spec", MINI, "--out", ".", "--package", "mini_api",
                     "--config", str(tmp_path / "absent.toml")]) == 0
        (project / "docs" / "README.md").write_text("force a change\n")
    assert os.getcwd() == str(project) and os.stat(".").st_ino == project_inode
    assert os.stat(project / ".git").st_ino == git_inode and (project / ".git" / "HEAD").read_bytes() == head
    assert (project / "README.md").read_text() == "# my project\n"
    assert subprocess.run(["git", "status", "--short"], cwd=project, capture_output=True).returncode == 0


def test_the_output_directory_keeps_its_inode_and_mode(out):
    os.chmod(out, 0o750)
    inode = os.stat(out).st_ino  # a mount point, or a folder an editor has open, stays what it is
    (out / "docs" / "README.md").write_text("changed\n")
    assert cli("generate", out) == 0
    assert os.stat(out).st_ino == inode and os.stat(out).st_mode & 0o777 == 0o750


# -- the staging folder: recognised by its mark, its journal as untrusted as the manifest -----------------------


def test_an_unmarked_staging_folder_is_refused_and_kept(out, capsys):
    (out / RUN_DIR).mkdir()
    (out / RUN_DIR / "mine.txt").write_text("mine")
    capsys.readouterr()
    assert cli("generate", out) == 2
    assert "not made by specsmith" in capsys.readouterr().err
    assert (out / RUN_DIR / "mine.txt").read_text() == "mine"


def test_a_planted_journal_deletes_nothing_it_cannot_name_the_content_of(out):
    (out / "keep.txt").write_text(SECRET)
    run = write._make_run_dir(str(out))
    with open(os.path.join(run, "journal"), "w") as fh:
        json.dump({"put": [], "drop": [["keep.txt", "0123456789abcdef"]]}, fh)
    assert cli("generate", out) == 0
    assert (out / "keep.txt").read_text() == SECRET and not (out / RUN_DIR).exists()


def test_a_planted_journal_naming_a_path_outside_is_refused(out, tmp_path, capsys):
    run = write._make_run_dir(str(out))
    os.makedirs(os.path.join(run, "new"))
    with open(os.path.join(run, "journal"), "w") as fh:
        json.dump({"put": ["../escaped.py"], "drop": []}, fh)
    capsys.readouterr()
    assert cli("generate", out) == 2
    assert "not a path the generator writes" in capsys.readouterr().err
    assert not (tmp_path / "escaped.py").exists()


def test_a_run_waiting_for_another_says_so(out):
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    (out / "docs" / "README.md").write_text("changed\n")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "generate", "--spec", MINI, "--out", str(out),
                             "--package", "mini_api", "--config", str(out / "absent.toml")], cwd=ROOT,
                            stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()  # type: ignore
    try:
        line = lines.get(timeout=30)
        while line.startswith("["):  # progress lines of a run slower than a second
            line = lines.get(timeout=30)
        assert line == f"waiting for another specsmith run writing {os.path.relpath(out, ROOT)}...\n"
        assert proc.poll() is None  # still waiting
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
        try:
            proc.wait(timeout=60)
        finally:
            proc.kill()
    assert proc.returncode == 0


# -- 8. line endings: a checkout with core.autocrlf keeps LF in generated files --------------------------------


def test_autocrlf_checkout_is_not_drift(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    assert main(["generate", "--spec", MINI, "--out", str(repo / "generated"), "--package", "mini_api",
                 "--config", str(tmp_path / "absent.toml")]) == 0
    assert "linguist-generated" in (repo / "generated" / ".gitattributes").read_text()
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "generated"], check=True)
    subprocess.run([*git, "config", "core.autocrlf", "true"], check=True)
    shutil.rmtree(repo / "generated")
    subprocess.run([*git, "checkout", "--", "."], check=True)
    page = repo / "generated" / "docs" / "models" / "components" / "pet.md"
    assert b"\r\n" not in page.read_bytes()
    assert main(["check", "--spec", MINI, "--out", str(repo / "generated"), "--package", "mini_api",
                 "--config", str(tmp_path / "absent.toml")]) == 0
