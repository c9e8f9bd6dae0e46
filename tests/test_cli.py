"""The command line: exit codes, summary line, drift check, bad input, untouched output on failure."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, snapshot

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")


def run(*args: str, cwd: str = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


def test_generate_then_check_then_drift(tmp_path):
    out = tmp_path / "out"
    r = run("generate", "--spec", MINI, "--out", str(out), "--package", "mini_api")
    assert r.returncode == 0, r.stderr
    assert "models" in r.stderr and "files changed" in r.stderr
    assert (out / "mini_api" / "models" / "components" / "pet.py").exists()
    assert (out / "docs" / "models" / "components" / "pet.md").exists()
    assert run("check", "--spec", MINI, "--out", str(out), "--package", "mini_api").returncode == 0
    page = out / "docs" / "models" / "components" / "pet.md"
    page.write_text(page.read_text() + "edited\n")
    r = run("check", "--spec", MINI, "--out", str(out), "--package", "mini_api")
    assert r.returncode == 1
    assert "--- a/docs/models/components/pet.md" in r.stdout and "-edited" in r.stdout


def test_files_the_generator_did_not_make_are_kept(tmp_path):
    out = tmp_path / "out"
    assert run("generate", "--spec", MINI, "--out", str(out), "--package", "mini_api").returncode == 0
    (out / "NOTES.txt").write_text("mine")
    assert run("generate", "--spec", MINI, "--out", str(out), "--package", "other_api").returncode == 0
    assert (out / "NOTES.txt").read_text() == "mine"
    assert not (out / "mini_api").exists() and (out / "other_api").exists()


def test_bad_spec_exits_2_with_one_message_and_leaves_output_alone(tmp_path):
    out = tmp_path / "out"
    assert run("generate", "--spec", MINI, "--out", str(out), "--package", "mini_api").returncode == 0
    before = snapshot(str(out))
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.0\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n"
                   "          description: x\n          content:\n            application/json:\n"
                   "              schema: {$ref: '#/components/schemas/Missing'}\n")
    r = run("generate", "--spec", str(bad), "--out", str(out), "--package", "mini_api")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("error: ") and "bad.yaml#/paths/~1x/get/responses/200" in r.stderr
    assert "does not resolve" in r.stderr
    assert snapshot(str(out)) == before


def test_swagger2_and_missing_file_exit_2(tmp_path):
    sw = tmp_path / "sw.json"
    sw.write_text('{"swagger": "2.0", "paths": {}}')
    r = run("generate", "--spec", str(sw), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "Swagger 2.0 is not supported" in r.stderr
    r = run("generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "cannot read file" in r.stderr


def test_generated_mini_package_behaves(tmp_path):
    out = tmp_path / "out"
    assert run("generate", "--spec", MINI, "--out", str(out), "--package", "mini_api").returncode == 0
    code = """
import json
from mini_api import ValidationError, UNSET
from mini_api.models.components import Pet
from mini_api.models.operations import CreatePetRequestBody
from mini_api.models.errors import GetPetResponseBody
p = Pet.from_dict({"id": 1, "name": "a", "weight": None, "owner": {"kind": "company"}})
assert p.weight is None and type(p.owner).__name__ == "Two" and p.to_dict()["weight"] is None
assert Pet.from_dict({"id": 1, "name": "a"}).weight is UNSET
for bad, path in [({"id": 1, "name": "a", "x": 1}, "$.x"), ({"id": True, "name": "a"}, "$.id"),
                  ({"id": 1, "name": "a", "owner": {"kind": "robot"}}, "$.owner.kind")]:
    try:
        Pet.from_dict(bad)
    except ValidationError as e:
        assert e.path == path, (e.path, path)
    else:
        raise AssertionError(bad)
r = CreatePetRequestBody.from_json('{"name": "Rex", "kind": "dog", "born": "2024-05-01T10:00:00Z"}')
assert r.born.year == 2024 and json.loads(r.to_json())["born"] == "2024-05-01T10:00:00+00:00"
assert GetPetResponseBody.from_dict({"message": "gone"}).message == "gone"
print("ok")
"""
    r = subprocess.run([sys.executable, "-c", code], cwd=str(out), capture_output=True, text=True)
    assert r.stdout.strip() == "ok", r.stderr


def test_package_records_the_api_and_generator_versions(tmp_path):
    from generator import __version__

    spec = tmp_path / "api.yaml"
    spec.write_text(open(MINI).read().replace('info: {title: mini, version: "1"}',
                                              'info: {title: "Pets \\"v2\\"", version: "2.0-beta"}'))
    out = tmp_path / "out"
    assert run("generate", "--spec", str(spec), "--out", str(out), "--package", "mini_api").returncode == 0
    r = subprocess.run([sys.executable, "-c", "import mini_api as m; print(m.API_TITLE, m.API_VERSION, m.GENERATED_BY, "
                        "'API_VERSION' in m.__all__, sep='|')"], cwd=str(out), capture_output=True, text=True)
    assert r.stdout == f'Pets "v2"|2.0-beta|specsmith {__version__}|True\n', r.stderr


def test_summary_counts_in_words(tmp_path):
    spec = tmp_path / "one.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: one, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                    "    Only: {type: object, properties: {a: {type: string}}}\n")
    out = tmp_path / "out"
    assert run("generate", "--spec", str(spec), "--out", str(out), "--package", "one_api").returncode == 0
    page = out / "docs" / "models" / "components" / "only.md"
    page.write_text("edited\n")
    r = run("generate", "--spec", str(spec), "--out", str(out), "--package", "one_api")
    assert r.returncode == 0 and r.stderr.startswith("1 model, 2 pages, 1 file changed, "), r.stderr


def test_output_does_not_depend_on_hash_seed(tmp_path):
    trees = []
    for seed in ("1", "2", "3"):
        out = tmp_path / seed
        r = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", MINI, "--out", str(out),
                            "--package", "mini_api"], cwd=ROOT, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": ROOT, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        trees.append(snapshot(str(out)))
    assert trees[0] == trees[1] == trees[2]


def test_verbose_prints_stages_quiet_prints_nothing(tmp_path):
    out = str(tmp_path / "out")
    r = run("generate", "--spec", MINI, "--out", out, "--package", "mini_api", "-v")
    assert r.returncode == 0
    stages = [line for line in r.stderr.splitlines() if line.startswith("[")]
    assert any("building models" in s for s in stages) and any("formatting" in s for s in stages)
    assert any("writing" in s for s in stages)
    r = run("generate", "--spec", MINI, "--out", out, "--package", "mini_api", "-q", "--no-lock")
    assert r.returncode == 0 and r.stderr == ""
    r = run("generate", "-q", "-v")
    assert r.returncode == 2 and "not allowed with" in r.stderr


def test_help_lists_examples_and_exit_codes():
    r = run("--help")
    assert r.returncode == 0
    assert "examples:" in r.stdout and "exit codes: 0 ok, 1 drift" in r.stdout and "--verbose" in r.stdout
