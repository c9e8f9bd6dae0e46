"""Vendoring: the generated package, under another name, works in a venv that has only the standard library.

The CLI generates spec/ with `--package vendored_orq` into a temporary directory; the package is copied into
the site-packages of a fresh `python -m venv --without-pip`, and that venv's interpreter (isolated mode: no
PYTHONPATH, no user site) imports it, round-trips a fixture payload through from_json/to_json and
from_dict/to_dict, and reports every module it imported: each must be the package's own or from the standard
library, and none may come from the generator, jinja2, yaml or black.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig

from conftest import ROOT, SPEC

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "RouterImageGenerationsResponseBody.json")
PROBE = r"""
import json, sys
before = set(sys.modules)
import vendored_orq
from vendored_orq.models.operations import RouterImageGenerationsResponseBody as Body
payloads = json.load(open(sys.argv[1], encoding="utf-8"))  # a list of response bodies
for payload in payloads:
    assert json.loads(Body.from_json(json.dumps(payload)).to_json()) == payload, "to_json changed a payload"
    assert Body.from_dict(payload).to_dict() == payload, "to_dict changed a payload"
payload = payloads[0]
try:
    Body.from_dict({**payload, "created": "yesterday"})
except vendored_orq.ValidationError as e:
    assert e.path == "$.created", e.path
else:
    raise AssertionError("a wrong type was accepted")
mods = {}
for name in sorted(set(sys.modules) - before):
    mods[name] = getattr(sys.modules[name], "__file__", None)
print(json.dumps({"modules": mods, "stdlib": sorted(sys.stdlib_module_names), "prefix": sys.base_prefix}))
"""


def test_vendored_package_runs_in_a_bare_venv(tmp_path):
    out = tmp_path / "out"
    gen = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", SPEC, "--out", str(out),
                          "--package", "vendored_orq"], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": ROOT})
    assert gen.returncode == 0, gen.stderr
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    site = subprocess.run([python, "-I", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert site.startswith(str(venv)) and site != sysconfig.get_paths()["purelib"]
    shutil.copytree(out / "vendored_orq", os.path.join(site, "vendored_orq"))
    probe = subprocess.run([python, "-I", "-c", PROBE, FIXTURE], capture_output=True, text=True, cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    foreign = []
    for name, path in report["modules"].items():
        top = name.split(".")[0]
        if top in ("generator", "jinja2", "yaml", "black", "markupsafe"):
            foreign.append(name)
        elif top == "vendored_orq":
            assert path and path.startswith(os.path.join(site, "vendored_orq")), (name, path)
        elif top not in report["stdlib"] and not top.startswith("_"):
            foreign.append(f"{name} ({path})")
    assert foreign == []
    assert any(n.startswith("vendored_orq.models.operations.") for n in report["modules"])
