"""The pre-commit entry of .pre-commit-hooks.yaml, run as pre-commit runs it: in the repository, no file names."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

import yaml

from conftest import ROOT

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
PYPROJECT = """[project]
name = "consumer"
version = "0"

[tool.generator]
spec = "spec/api.yaml"
out = "generated"
package = "mini_api"
"""


def hook() -> dict:
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as fh:
        hooks = yaml.safe_load(fh)
    assert [h["id"] for h in hooks] == ["specsmith-check"]
    return hooks[0]


def run_entry(repo: str) -> subprocess.CompletedProcess[str]:
    h = hook()
    assert h["pass_filenames"] is False and h["language"] == "python"
    argv = shlex.split(h["entry"])
    script = shutil.which(argv[0], path=os.path.dirname(sys.executable))  # the console script pip installed
    assert script, f"{argv[0]} is not installed beside {sys.executable}"
    return subprocess.run([script, *argv[1:]], cwd=repo, capture_output=True, text=True)


def test_hook_passes_when_fresh_and_fails_with_a_diff_when_stale(tmp_path):
    repo = tmp_path / "consumer"
    (repo / "spec").mkdir(parents=True)
    shutil.copy(MINI, repo / "spec" / "api.yaml")
    (repo / "pyproject.toml").write_text(PYPROJECT)
    r = run_entry(str(repo))
    assert r.returncode == 1 and "stale" in r.stderr  # nothing generated yet
    script = shutil.which("specsmith", path=os.path.dirname(sys.executable))
    assert subprocess.run([script, "generate"], cwd=repo, capture_output=True).returncode == 0
    r = run_entry(str(repo))
    assert r.returncode == 0, r.stderr
    spec = repo / "spec" / "api.yaml"
    spec.write_text(spec.read_text().replace("name:", "nickname:", 1))
    r = run_entry(str(repo))
    assert r.returncode == 1
    assert "+++ b/" in r.stdout and "nickname" in r.stdout
