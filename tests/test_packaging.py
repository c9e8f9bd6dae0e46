"""The built wheel carries the templates: an installed (not editable) specsmith generates.

pre-commit and `pip install git+URL` install the wheel, where the repository's templates/ is not beside
generator/; pyproject.toml ships it as generator/templates/.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import zipfile

from conftest import ROOT

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
RUN = r"""
import sys
sys.path.insert(0, sys.argv[1])
import generator
assert generator.__file__.startswith(sys.argv[1]), generator.__file__
from generator.cli import main
sys.exit(main(["generate", "--spec", sys.argv[2], "--out", sys.argv[3], "--package", "wheel_api",
               "--config", sys.argv[4]]))
"""


def test_wheel_has_templates_and_generates(tmp_path):
    # built from a copy: pip builds in the source folder, whose build/ would keep files deleted since
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "generated"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                            "-w", str(tmp_path / "dist"), str(source)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    (wheel,) = glob.glob(str(tmp_path / "dist" / "specsmith-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(os.path.basename(n) for n in names if n.startswith("generator/templates/"))
    assert templates == sorted(os.listdir(os.path.join(ROOT, "templates")))
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                              wheel], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    (tmp_path / "empty.toml").write_text("")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-c", RUN, str(target), MINI, str(out), str(tmp_path / "empty.toml")],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (out / "wheel_api" / "models" / "components" / "pet.py").exists()


def test_version_is_the_installed_distributions():
    import tomllib
    from importlib import metadata

    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        declared = tomllib.load(fh)["project"]["version"]
    r = subprocess.run([sys.executable, "-m", "generator", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and r.stdout == f"specsmith {declared}\n"
    assert metadata.version("specsmith") == declared
    assert metadata.metadata("specsmith")["License-Expression"] == "MIT"
