"""specsmith installed as a user installs it: a wheel in a fresh virtualenv outside the repository.

pre-commit and `pip install git+URL` install the wheel, where the repository's templates/ is not beside
generator/: pyproject.toml installs generator/ as the package `specsmith`, templates/ as specsmith/templates/.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
PYPROJECT = """[project]
name = "pets"
version = "1"

[tool.generator]
spec = "spec/api.yaml"
out = "generated"
package = "pets_api"
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A venv outside the repository with the wheel built from a copy of it (pip builds in the source folder,
    whose build/ would keep files deleted since) and its pinned run-time dependencies."""
    tmp = tmp_path_factory.mktemp("install")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "generated"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"),
                            str(source)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    (wheel,) = glob.glob(str(tmp / "dist" / "specsmith-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", wheel],
                             capture_output=True, text=True)
    if install.returncode != 0 and "No matching distribution" in install.stderr:
        pytest.skip(f"the run-time dependencies cannot be installed here: {install.stderr.strip()[-300:]}")
    assert install.returncode == 0, install.stderr
    return wheel, venv


def _project(root) -> None:
    """A user's project: its own `generator` package (which must not hide specsmith's code) and a subfolder."""
    (root / "spec").mkdir(parents=True)
    shutil.copy(MINI, root / "spec" / "api.yaml")
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "generator").mkdir()
    (root / "generator" / "__init__.py").write_text("raise SystemExit('the project own generator package ran')\n")
    (root / "generator" / "__main__.py").write_text("raise SystemExit('the project own generator package ran')\n")
    (root / "src" / "app").mkdir(parents=True)
    (root / ".git").mkdir()  # the project root: the search for pyproject.toml stops here


def test_wheel_carries_the_package_the_templates_and_the_licence(installed):
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(os.path.basename(n) for n in names if n.startswith("specsmith/templates/"))
    assert templates == sorted(os.listdir(os.path.join(ROOT, "templates")))
    assert "specsmith/cli.py" in names and "specsmith/runtime.py" in names
    assert not [n for n in names if n.startswith("generator/")]
    (metadata_file,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = zipfile.ZipFile(wheel).read(metadata_file).decode()
    assert "License-Expression: MIT\n" in metadata
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    run_time = sorted(line.split(":")[1].strip() for line in metadata.splitlines()
                      if line.startswith("Requires-Dist:") and "extra ==" not in line)
    assert run_time == ["jinja2<3.2,>=3.1.4", "pyyaml<7,>=6.0.1", "ruff==0.17.5"]  # the user's own black stays as it is


def test_fresh_install_runs_from_a_subfolder_of_a_project_with_its_own_generator_package(installed, tmp_path):
    from generator import __version__

    _, venv = installed
    python, script = str(venv / "bin" / "python"), str(venv / "bin" / "specsmith")
    for command in ([script, "--version"], [python, "-m", "specsmith", "--version"]):
        r = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
        assert (r.returncode, r.stdout) == (0, f"specsmith {__version__}\n"), r.stderr
    project = tmp_path / "project"
    _project(project)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    r = subprocess.run([python, "-m", "specsmith", "generate"], capture_output=True, text=True,
                       cwd=project / "src" / "app", env=env)
    assert r.returncode == 0, r.stderr
    init = (project / "generated" / "pets_api" / "__init__.py").read_text()
    assert f'GENERATED_BY = "specsmith {__version__}"' in init and 'API_VERSION = "1"' in init
    assert (project / "generated" / "docs" / "models" / "components" / "pet.md").exists()
    for command, extra in (([python, "-m", "specsmith", "check"], {}),
                           ([script, "check"], {"PYTHONPATH": str(project)})):
        r = subprocess.run(command, capture_output=True, text=True, cwd=project, env={**env, **extra})
        assert r.returncode == 0, (command, r.stderr)
    r = subprocess.run([python, "-c", "import pets_api.models.components as c; print(c.Pet.__name__)"],
                       capture_output=True, text=True, cwd=project / "generated", env=env)
    assert r.stdout == "Pet\n", r.stderr


def test_version_is_one_constant():
    import tomllib
    from importlib import metadata

    from generator import __version__

    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        project = tomllib.load(fh)
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "specsmith.__version__"}
    r = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert (r.returncode, r.stdout) == (0, f"specsmith {__version__}\n")
    assert metadata.version("specsmith") == __version__
    changelog = open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8").read()
    assert f"\n## {__version__}\n" in changelog
