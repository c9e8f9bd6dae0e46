"""Where the output goes: `docs` and `records` (and --docs, --records) put the pages and the run records in folders
of their own; each folder outside the output directory is an owned tree of its own (generator.layout)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest
from conftest import ROOT, snapshot

from generator import cli
from generator.cli import main

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
SPLIT = 'out = "src"\ndocs = "docs/api"\nrecords = ".specsmith"\n'
BOOKKEEPING = {".gitattributes", ".layout.json", ".manifest"}
PET_PAGE = "docs/api/models/components/pet.md"


def project(root, settings: str, spec: str = MINI) -> str:
    """`root` with spec/api.yaml and a pyproject.toml whose [tool.generator] holds `settings`."""
    os.makedirs(os.path.join(root, "spec"), exist_ok=True)
    shutil.copy(spec, os.path.join(root, "spec", "api.yaml"))
    with open(os.path.join(root, "pyproject.toml"), "w") as fh:
        fh.write(f'[tool.generator]\nspec = "spec/api.yaml"\npackage = "mini_api"\n{settings}')
    return str(root)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """The command line in the current folder (the project): exit code, stdout, stderr."""
    code = main([*argv, "--config", "pyproject.toml"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def output(root) -> dict[str, bytes]:
    """Every file of the project but its spec and config."""
    return {rel: data for rel, data in snapshot(str(root)).items()
            if rel != "pyproject.toml" and not rel.startswith("spec" + os.sep)}


def fresh(root, settings: str, spec: str = MINI) -> dict[str, bytes]:
    """What a first run with `settings` writes into an empty project."""
    cwd = os.getcwd()
    os.chdir(project(root, settings, spec))
    try:
        assert main(["generate", "-q", "--config", "pyproject.toml"]) == 0
    finally:
        os.chdir(cwd)
    return output(root)


@pytest.fixture
def split(tmp_path, monkeypatch, capsys):
    """A project generated with out = src, docs = docs/api, records = .specsmith (the current folder)."""
    monkeypatch.chdir(project(tmp_path, SPLIT))
    code, _, err = run(capsys, "generate")
    assert code == 0, err
    return tmp_path


def test_src_holds_the_package_alone_and_the_pages_and_records_their_own_folders(split):
    assert set(os.listdir(split / "src")) == {"mini_api"} | BOOKKEEPING
    assert set(os.listdir(split / "docs" / "api")) == {"README.md", "models"} | BOOKKEEPING
    assert set(os.listdir(split / ".specsmith")) == {"names.lock.json", ".fingerprint.json"} | BOOKKEEPING
    assert (split / "src" / ".layout.json").read_text() == (
        '{\n  "docs": "../docs/api",\n  "out": ".",\n  "records": "../.specsmith"\n}\n')
    assert (split / ".specsmith" / ".layout.json").read_text() == (
        '{\n  "docs": "../docs/api",\n  "out": "../src",\n  "records": "."\n}\n')
    assert (split / "src" / ".manifest").read_text().endswith("  mini_api/py.typed\n")
    assert "  README.md\n" in (split / "docs" / "api" / ".manifest").read_text()


def test_the_files_are_those_of_the_default_layout_moved(split, tmp_path_factory):
    default = fresh(tmp_path_factory.mktemp("default"), "")
    files = output(split)
    for rel, data in default.items():
        if rel.startswith("generated/mini_api/") or rel == "generated/names.lock.json":
            moved = rel.replace("generated/", "src/" if "mini_api" in rel else ".specsmith/")
            assert files[moved] == data, rel
        elif rel.startswith("generated/docs/"):
            assert files[rel.replace("generated/docs/", "docs/api/")] == data, rel


def test_the_package_imports_from_src_with_nothing_else_on_the_path(split):
    """sys.path = [src] and the standard library (-I -S: no site-packages, no current folder)."""
    code = ("import os, sys; sys.path.insert(0, 'src'); import mini_api; from mini_api.models.components import Pet; "
            "print(os.path.relpath(mini_api.__file__), Pet.__module__, sorted(os.listdir('src')))")
    done = subprocess.run([sys.executable, "-I", "-S", "-c", code], cwd=split, capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == ("src/mini_api/__init__.py mini_api.models.components.pet "
                           "['.gitattributes', '.layout.json', '.manifest', 'mini_api']\n")


def test_an_unchanged_second_run_is_skipped(split, capsys, monkeypatch):
    def regenerate(*args: object, **kwargs: object) -> None:
        raise AssertionError("the run was not skipped")

    monkeypatch.setattr("generator.pipeline.generate_files", regenerate)
    before = output(split)
    code, _, err = run(capsys, "generate")
    assert (code, err.split(", ")[:3]) == (0, ["10 models", "11 pages", "0 files changed"])
    assert output(split) == before


def test_check_passes_then_shows_an_edit_of_a_page_in_the_docs_folder(split, capsys):
    assert run(capsys, "check")[:2] == (0, "")
    page = split / PET_PAGE
    page.write_text(page.read_text() + "edited\n")
    code, out, err = run(capsys, "check")
    assert code == 1
    assert out.startswith(f"--- a/{PET_PAGE}\n+++ b/{PET_PAGE}\n@@ ") and out.endswith("-edited\n")
    assert err == "docs/api is stale: 1 file differs; run `specsmith generate`\n"


@pytest.mark.parametrize("folder, rel", [("src", "src/mini_api/models/components/pet.py"), ("docs/api", PET_PAGE),
                                         (".specsmith", ".specsmith/names.lock.json")])
def test_an_edit_in_any_folder_is_redone_by_the_next_run(split, capsys, folder, rel):
    before = output(split)
    (split / rel).write_bytes(before[rel] + b"\n")
    assert run(capsys, "check")[2] == f"{folder} is stale: 1 file differs; run `specsmith generate`\n"
    code, _, err = run(capsys, "generate")
    assert (code, err.split(", ")[2]) == (0, "1 file changed")
    assert output(split) == before


def test_the_default_layout_set_explicitly_is_the_default(tmp_path_factory):
    default = fresh(tmp_path_factory.mktemp("a"), 'out = "gen"\n')
    explicit = fresh(tmp_path_factory.mktemp("b"), 'out = "gen"\ndocs = "gen/docs"\nrecords = "gen"\n')
    assert explicit == default
    assert sorted(rel for rel in default if "/mini_api/" not in rel and "/models/" not in rel) == [
        "gen/.fingerprint.json", "gen/.gitattributes", "gen/.manifest", "gen/docs/README.md", "gen/names.lock.json"]


LAYOUTS = {  # the output directory stays: it is where a run learns of the folders the one before it wrote
    "src": 'out = "src"\n',
    "split": SPLIT,
    "docs beside": 'out = "src"\ndocs = "docs/api"\n',
    "records beside": 'out = "src"\nrecords = ".specsmith"\n',
    "docs deeper": 'out = "src"\ndocs = "docs/api/v1"\nrecords = ".specsmith"\n',
    "docs higher": 'out = "src"\ndocs = "docs"\nrecords = ".specsmith"\n',
    "records inside": 'out = "src"\nrecords = "src/.records"\n',
    "docs inside": 'out = "src"\ndocs = "src/reference"\n',
}


def test_switching_layouts_back_and_forth_leaves_nothing_stale(tmp_path, tmp_path_factory, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, ""))
    for name in ["src", "split", "src", "docs beside", "split", "docs deeper", "docs higher", "split",
                 "records beside", "records inside", "docs inside", "split", "records inside", "src"]:
        project(tmp_path, LAYOUTS[name])
        code, _, err = run(capsys, "generate")
        assert (code, "warning" in err) == (0, False), err
        expected = fresh(tmp_path_factory.mktemp("fresh"), LAYOUTS[name])
        assert output(tmp_path) == expected, name
        assert run(capsys, "check")[0] == 0


def test_switching_layouts_deletes_none_of_your_files(split, capsys, tmp_path_factory):
    (split / "docs" / "api" / "intro.md").write_text("mine\n")
    (split / ".specsmith" / "NOTES.txt").write_text("mine\n")
    (split / "src" / "conftest.py").write_text("mine\n")
    page = split / PET_PAGE
    page.write_text(page.read_text() + "my note\n")
    project(split, 'out = "src"\n')
    code, _, err = run(capsys, "generate")
    assert code == 0
    assert err.splitlines()[0] == (f"warning: {split / PET_PAGE}: no longer generated, but changed since specsmith "
                                   "wrote it, so left in place (delete it if it is not yours)")
    mine = {"src/conftest.py", ".specsmith/NOTES.txt", "docs/api/intro.md", PET_PAGE}
    files = output(split)
    assert {rel: files[rel] for rel in files if rel not in mine} == fresh(tmp_path_factory.mktemp("f"), 'out = "src"\n')
    assert mine <= set(files) and files["src/conftest.py"] == b"mine\n"


def test_moving_the_records_keeps_the_locked_names(tmp_path, monkeypatch, capsys):
    """A new schema that would take a locked name does not, though the lock was read from the earlier folder."""
    v1, v2 = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    text = open(MINI).read()
    v1.write_text(text)
    # a component `Kind` comes first in v2: without the lock it would take the name of the request body's `kind`
    v2.write_text(text.replace("components:\n  schemas:\n", "components:\n  schemas:\n    Kind:\n      type: string\n"
                                                            "      enum: [a, b]\n", 1))
    monkeypatch.chdir(project(tmp_path / "p", 'out = "src"\n', str(v1)))
    assert run(capsys, "generate")[0] == 0
    before = (tmp_path / "p" / "src" / "names.lock.json").read_text()
    project(tmp_path / "p", 'out = "src"\nrecords = ".specsmith"\n', str(v2))
    code, _, err = run(capsys, "generate")
    assert code == 0, err
    after = (tmp_path / "p" / ".specsmith" / "names.lock.json").read_text()
    old_names = set(before.splitlines()[2:-2])
    assert old_names <= set(after.splitlines()), sorted(old_names - set(after.splitlines()))
    assert not (tmp_path / "p" / "src" / "names.lock.json").exists()


def test_records_inside_the_output_directory_are_a_folder_of_their_own(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project(tmp_path, 'out = "gen"\nrecords = "gen/.records"\n'))
    assert run(capsys, "generate")[0] == 0
    assert set(os.listdir(tmp_path / "gen")) == {"mini_api", "docs", ".records"} | BOOKKEEPING
    assert set(os.listdir(tmp_path / "gen" / ".records")) == {"names.lock.json", ".fingerprint.json"} | BOOKKEEPING
    assert ".records" not in (tmp_path / "gen" / ".manifest").read_text()
    assert run(capsys, "generate")[2].split(", ")[2] == "0 files changed"
    assert run(capsys, "check")[0] == 0


@pytest.mark.parametrize("settings, argv, message", [
    ('out = "src"\ndocs = "src/mini_api/docs"\n', [],
     "pyproject.toml: [tool.generator] docs = 'src/mini_api/docs' is inside the package folder src/mini_api, which "
     "holds the package alone"),
    ('out = "src"\ndocs = "src"\n', [],
     "pyproject.toml: [tool.generator] docs = 'src' is the output directory src; the pages need a folder of their "
     "own, inside or beside it"),
    ('out = "src"\ndocs = "."\n', [],
     "pyproject.toml: [tool.generator] docs = '.' contains the output directory src; the pages need a folder of "
     "their own, inside or beside it"),
    ('out = "src"\ndocs = "docs/api"\nrecords = "docs/api/meta"\n', [],
     "pyproject.toml: [tool.generator] records = 'docs/api/meta' is inside the docs folder docs/api; the run records "
     "need a folder of their own"),
    ('out = "src"\nrecords = "src/mini_api"\n', [],
     "pyproject.toml: [tool.generator] records = 'src/mini_api' is the package folder src/mini_api, which holds the "
     "package alone"),
    ('out = "src"\nrecords = "."\n', [],
     "pyproject.toml: [tool.generator] records = '.' contains the output directory src; the run records go in it or "
     "in a folder of their own"),
    ('out = "src"\ndocs = ".specsmith/docs"\nrecords = ".specsmith"\n', [],
     "pyproject.toml: [tool.generator] records = '.specsmith' contains the docs folder .specsmith/docs; the run "
     "records need a folder of their own"),
    ('out = "src"\n', ["--docs", "src/mini_api"],
     "--docs 'src/mini_api' is the package folder src/mini_api, which holds the package alone"),
    ('out = "src"\ndocs = "docs/api"\n', ["--records", "docs"],
     "--records 'docs' contains the docs folder docs/api; the run records need a folder of their own"),
    ('docs = 1\n', [], "pyproject.toml: [tool.generator] docs must be a string"),
])
def test_overlapping_folders_are_refused(tmp_path, monkeypatch, capsys, settings, argv, message):
    monkeypatch.chdir(project(tmp_path, settings))
    assert run(capsys, "generate", *argv) == (2, "", f"error: {message}\n")
    assert output(tmp_path) == {}


def test_a_layout_file_naming_a_folder_not_written_for_this_output_deletes_nothing(split, capsys):
    """.layout.json is as untrusted as the manifest: a folder it names is cleaned up only if that folder's own
    .layout.json names this output directory."""
    foreign = split / "other"
    shutil.copytree(split / "docs" / "api", foreign)  # a docs tree of some other output, manifest and all
    (foreign / ".layout.json").write_text('{"docs": ".", "out": "../elsewhere", "records": "../elsewhere"}\n')
    (split / "src" / ".layout.json").write_text('{"docs": "../other", "out": ".", "records": "../.specsmith"}\n')
    before = snapshot(str(foreign))
    code, _, err = run(capsys, "generate")
    assert (code, err.split(", ")[2]) == (0, "1 file changed")  # the edited .layout.json, rewritten
    assert snapshot(str(foreign)) == before
    assert run(capsys, "check")[0] == 0


def test_a_damaged_layout_file_is_rewritten(split, capsys):
    before = output(split)
    (split / "src" / ".layout.json").write_text("{not json")
    code, _, err = run(capsys, "generate")
    assert (code, err.split(", ")[2]) == (0, "1 file changed")
    assert output(split) == before


KILL_BETWEEN_FOLDERS = r"""
import os, signal, sys
from generator import cli, write
real, calls = write._apply, []
def apply(*args):
    calls.append(args[0])
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # the first folder is written, the second committed, the third staged
    real(*args)
write._apply = apply
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_run_killed_between_two_folders_is_redone_by_the_next(split, capsys, tmp_path_factory):
    changed = tmp_path_factory.mktemp("spec") / "api.yaml"
    changed.write_text(open(MINI).read().replace("A pet in the store", "A pet in the shop"))
    shutil.copy(changed, split / "spec" / "api.yaml")
    done = subprocess.run([sys.executable, "-c", KILL_BETWEEN_FOLDERS, "generate", "--config", "pyproject.toml"],
                          cwd=split, env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert os.path.isfile(split / "docs" / "api" / ".specsmith-run" / "journal")  # committed, not applied
    assert run(capsys, "generate")[0] == 0
    assert output(split) == fresh(tmp_path_factory.mktemp("fresh"), SPLIT, str(changed))
    assert run(capsys, "check")[0] == 0


def test_ctrl_c_after_the_write_names_every_folder(split, capsys, monkeypatch):
    (split / "spec" / "api.yaml").write_text(open(MINI).read().replace("A pet in the store", "A pet in the shop"))

    def summary(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_report", summary)
    assert run(capsys, "generate") == (130, "", "interrupted; src, docs/api and .specsmith were already written\n")
