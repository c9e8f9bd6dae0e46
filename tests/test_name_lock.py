"""The name lock (`names.lock.json` in the output directory): names survive spec changes.

Every model whose location (file + JSON pointer) is still a model of the same pool keeps its locked name; new
models take free names; entries of removed models are dropped; a locked name taken by an override, a component
or another entry is given up with a warning; `--no-lock` names everything afresh.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest

from generator.cli import main
from generator.errors import ConfigError
from generator.namelock import LOCK_FILE, dump_lock, parse_lock
from generator.owned import FINGERPRINT_FILE
from generator.pipeline import generate_files
from generator.pointers import Loc

ORDER_STATUS = "/paths/~1orders/post/requestBody/content/application~1json/schema/properties/status"
ALERT_STATUS = "/paths/~1alerts/post/requestBody/content/application~1json/schema/properties/status"


def operation(op_id: str, props: dict) -> dict:
    return {"post": {"operationId": op_id,
                     "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": props}}}},
                     "responses": {"204": {"description": "done"}}}}


def status(*values: str) -> dict:
    return {"type": "string", "enum": list(values)}


def spec(paths: dict, schemas: dict | None = None) -> dict:
    doc = {"openapi": "3.1.0", "info": {"title": "lock", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    return doc


ORDERS = {"/orders": operation("createOrder", {"status": status("open", "closed"), "note": {"type": "string"}})}
ALERTS = {"/alerts": operation("createAlert", {"status": status("on", "off")})}
V1 = spec(ORDERS)
V2 = spec({**ALERTS, **ORDERS})  # the new operation comes first: its `status` would take `Status`


def write_spec(directory, doc: dict, name: str = "spec.json") -> str:
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    with open(path, "w") as fh:
        json.dump(doc, fh)
    return path


def gen(path: str, lock: str | None = None, names: dict[str, str] | None = None):
    """The run's result; its record of the run (which lists the run's warnings) is left out of the files."""
    result = generate_files(path, "lock_api", names, formatted=False, lock=lock)
    del result.files[FINGERPRINT_FILE]
    return result


def locked(result) -> dict[str, str]:
    return json.loads(result.files[LOCK_FILE])["names"]


# -- generate_files -----------------------------------------------------------------------------------


def test_lock_format_one_entry_a_line_sorted(tmp_path):
    text = gen(write_spec(tmp_path, V1)).files[LOCK_FILE]
    doc = json.loads(text)
    assert doc["version"] == 1
    assert doc["names"][ORDER_STATUS] == "operations/Status"
    assert list(doc["names"]) == sorted(doc["names"])
    assert text.endswith("}\n") and len(text.splitlines()) == len(doc["names"]) + 5


def test_a_new_schema_does_not_steal_a_locked_name(tmp_path):
    old = gen(write_spec(tmp_path / "v1", V1))
    new_path = write_spec(tmp_path / "v2", V2)
    free = gen(new_path)
    assert locked(free)[ALERT_STATUS] == "operations/Status"  # without the lock, the order's status is renamed
    assert locked(free)[ORDER_STATUS] != "operations/Status"
    kept = gen(new_path, old.files[LOCK_FILE])
    assert locked(kept)[ORDER_STATUS] == "operations/Status"
    assert locked(kept)[ALERT_STATUS] == "operations/CreateAlertStatus"
    module = kept.files["lock_api/models/operations/status.py"]
    assert '"open"' in module and '"on"' not in module
    assert kept.warnings == ()
    pages = [rel for rel in old.files if rel.startswith("docs/models/")]
    modules = [rel for rel in old.files if rel.startswith("lock_api/models/") and not rel.endswith("__init__.py")]
    assert pages and modules
    for rel in pages + modules:  # the old models' modules and pages did not change at all
        assert kept.files[rel] == old.files[rel], rel


def test_a_lock_equal_to_the_natural_names_changes_nothing(tmp_path):
    path = write_spec(tmp_path, V2)
    first = gen(path)
    assert gen(path, first.files[LOCK_FILE]).files == first.files


def test_a_removed_schema_drops_its_entry_and_frees_its_name(tmp_path):
    old = gen(write_spec(tmp_path / "v1", V1))
    new = gen(write_spec(tmp_path / "v2", spec(ALERTS)), old.files[LOCK_FILE])
    assert ORDER_STATUS not in locked(new)
    assert locked(new)[ALERT_STATUS] == "operations/Status"


def test_a_schema_that_is_no_longer_a_model_drops_its_entry(tmp_path):
    old = gen(write_spec(tmp_path / "v1", V1))
    plain = spec({"/orders": operation("createOrder", {"status": {"type": "string"}}), **ALERTS})
    new = gen(write_spec(tmp_path / "v2", plain), old.files[LOCK_FILE])
    assert ORDER_STATUS not in locked(new)
    assert locked(new)[ALERT_STATUS] == "operations/Status"


def test_an_override_wins_over_the_lock(tmp_path):
    old = gen(write_spec(tmp_path / "v1", V1))
    new_path = write_spec(tmp_path / "v2", V2)
    override = {ALERT_STATUS: "Status"}  # another schema is given the locked name
    new = gen(new_path, old.files[LOCK_FILE], override)
    assert locked(new)[ALERT_STATUS] == "operations/Status"
    assert locked(new)[ORDER_STATUS] != "operations/Status"
    assert len(new.warnings) == 1 and "operations.Status" in new.warnings[0] and "override" in new.warnings[0]
    override = {ORDER_STATUS: "OrderStatus"}  # the locked schema itself is renamed
    new = gen(new_path, old.files[LOCK_FILE], override)
    assert locked(new)[ORDER_STATUS] == "operations/OrderStatus"
    assert locked(new)[ALERT_STATUS] == "operations/Status"  # the lock entry went with the override
    assert new.warnings == ()


def test_two_entries_with_one_name_the_later_loses(tmp_path):
    path = write_spec(tmp_path, V2)
    lock = json.loads(gen(path).files[LOCK_FILE])
    lock["names"][ORDER_STATUS] = "operations/Status"  # hand-edited: both statuses claim `Status`
    new = gen(path, json.dumps(lock))
    names = locked(new)
    assert names[ALERT_STATUS] == "operations/Status"  # /alerts sorts first
    assert names[ORDER_STATUS] not in ("operations/Status", "operations/CreateAlertStatus")
    assert len(new.warnings) == 1 and ORDER_STATUS in new.warnings[0]


def test_a_new_component_does_not_take_a_locked_name(tmp_path):
    old = gen(write_spec(tmp_path / "v1", V1))
    new = gen(write_spec(tmp_path / "v2", spec(ORDERS, {"Status": status("a", "b")})), old.files[LOCK_FILE])
    names = locked(new)
    assert names["/components/schemas/Status"] == "components/Status"
    assert names[ORDER_STATUS] == "operations/Status"  # another pool: no clash, kept
    comp = spec({"/orders": {"post": {**ORDERS["/orders"]["post"], "requestBody": {"content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Order"}}}}}}},
        {"Order": {"type": "object", "properties": {"kind": status("x", "y")}}})
    first = gen(write_spec(tmp_path / "v3", comp))
    kind = "/components/schemas/Order/properties/kind"
    assert locked(first)[kind] == "components/Kind"
    comp["components"]["schemas"]["Kind"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    comp["components"]["schemas"]["Sort"] = {"$ref": "#/components/schemas/Kind"}  # an alias of the new one
    v4 = write_spec(tmp_path / "v4", comp)
    free = gen(v4)
    assert locked(free)["/components/schemas/Kind"] == "components/Kind" and locked(free)[kind] != "components/Kind"
    new = gen(v4, first.files[LOCK_FILE])
    assert locked(new)[kind] == "components/Kind"
    assert locked(new)["/components/schemas/Kind"] == "components/Kind2"
    assert "class Kind2(" in new.files["lock_api/models/components/kind2.py"]
    assert len(new.warnings) == 1 and "/components/schemas/Kind is named Kind2" in new.warnings[0]
    assert gen(v4, new.files[LOCK_FILE]).files == new.files  # and it stays so
    comp["components"]["schemas"]["Kind"] = {"$ref": "#/components/schemas/Order"}  # a new alias named as a lock
    new = gen(write_spec(tmp_path / "v5", comp), first.files[LOCK_FILE])
    assert locked(new)[kind] == "components/Kind"
    assert "Kind2 = Order" in new.files["lock_api/models/components/kind2.py"]
    assert len(new.warnings) == 1 and "/components/schemas/Kind is named Kind2" in new.warnings[0]


def test_entries_name_other_files_relative_to_the_spec_so_the_lock_moves_with_it(tmp_path):
    other = {"Shared": {"type": "object", "properties": {"status": status("x", "y")}}}
    doc = spec({**ALERTS, "/shared": {"post": {"operationId": "share", "requestBody": {"content": {
        "application/json": {"schema": {"$ref": "parts/other.json#/Shared"}}}}, "responses": {"204": {"description": "ok"}}}}})
    write_spec(tmp_path / "a" / "parts", other, "other.json")
    first = gen(write_spec(tmp_path / "a", doc))
    key = "parts/other.json#/Shared/properties/status"
    assert key in locked(first)
    lock = json.loads(first.files[LOCK_FILE])
    lock["names"][key] = "operations/SharedStatus"  # a name the generator would not choose
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    os.rename(tmp_path / "b" / "spec.json", tmp_path / "b" / "renamed.json")  # the spec file's name is not in keys
    moved = gen(str(tmp_path / "b" / "renamed.json"), json.dumps(lock))
    assert locked(moved)[key] == "operations/SharedStatus"
    assert locked(moved) == {**locked(first), key: "operations/SharedStatus"}
    # an override key may name the other file the same way
    overridden = gen(str(tmp_path / "b" / "renamed.json"), None, {key: "OtherStatus"})
    assert locked(overridden)[key] == "operations/OtherStatus"


@pytest.mark.parametrize("text", ["<<<<<<< HEAD\n{}", "[]", '{"version": 1, "names": {"/x": "nowhere/X"}}',
                                  '{"version": 1, "names": {"/x": "operations/not a name"}}',
                                  '{"version": 2, "names": {}}'])
def test_a_broken_lock_is_a_config_error(tmp_path, capsys, text):
    path = write_spec(tmp_path, V1)
    out = tmp_path / "out"
    assert main(["generate", "--spec", path, "--out", str(out), "--package", "lock_api", "--config", "none.toml"]) == 0
    (out / LOCK_FILE).write_text(text)
    capsys.readouterr()
    assert main(["generate", "--spec", path, "--out", str(out), "--package", "lock_api", "--config", "none.toml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out / LOCK_FILE}: ") and "--no-lock" in err and "Traceback" not in err
    assert main(["generate", "--spec", path, "--out", str(out), "--package", "lock_api", "--config", "none.toml",
                 "--no-lock"]) == 0


# -- the lock file on its own (generator.namelock) -----------------------------------------------------


def test_lock_file_round_trip(tmp_path):
    spec_file = str(tmp_path / "api" / "spec.yaml")
    by_loc = {Loc(spec_file, ORDER_STATUS): ("operations", "Status"),
              Loc(str(tmp_path / "api" / "parts" / "other.yaml"), "/Shared"): ("components", "Straße"),
              Loc(str(tmp_path / "common.yaml"), "/Error"): ("errors", "Error")}
    text = dump_lock(by_loc, spec_file)
    assert json.loads(text)["names"] == {ORDER_STATUS: "operations/Status", "parts/other.yaml#/Shared": "components/Straße",
                                         "../common.yaml#/Error": "errors/Error"}
    assert parse_lock(text, spec_file, "names.lock.json") == by_loc


@pytest.mark.parametrize("text, message", [
    ("{\n  oops", "lock.json: not JSON (line 2, column 3: Expecting property name enclosed in double quotes); "
                  "fix it, delete it or run with --no-lock"),
    ('{"version": 2, "names": {}}', 'lock.json: not a version 1 name lock ({"version": 1, "names": {...}} '
                                    "expected); fix it, delete it or run with --no-lock"),
    ('{"version": 1, "names": {"/x": "nowhere/X"}}',
     """lock.json: bad entry '/x': 'nowhere/X' ("/json/pointer" or "file#/json/pointer": "pool/ClassName" expected, """
     "pool one of components, operations, errors); fix it, delete it or run with --no-lock"),
    ('{"version": 1, "names": {"x": "operations/X"}}', "lock.json: bad entry 'x': 'operations/X' ("),
    ('{"version": 1, "names": {"/x": "operations/class"}}', "lock.json: bad entry '/x': 'operations/class' ("),
])
def test_a_malformed_lock_file_says_what_is_wrong(text, message):
    with pytest.raises(ConfigError) as caught:
        parse_lock(text, "/spec/api.yaml", "lock.json")
    assert str(caught.value).startswith(message)


# -- the command line ---------------------------------------------------------------------------------


def cli(command: str, path: str, out, *extra: str) -> int:
    return main([command, "--spec", path, "--out", str(out), "--package", "lock_api", "--config", "none.toml", "-q", *extra])


def test_generate_keeps_names_and_no_lock_renames(tmp_path):
    out = tmp_path / "out"
    assert cli("generate", write_spec(tmp_path / "v1", V1), out) == 0
    assert any(line.endswith("  " + LOCK_FILE) for line in (out / ".manifest").read_text().splitlines())
    v2 = write_spec(tmp_path / "v2", V2)
    assert cli("generate", v2, out) == 0
    names = json.loads((out / LOCK_FILE).read_text())["names"]
    assert names[ORDER_STATUS] == "operations/Status"
    assert '"open"' in (out / "lock_api/models/operations/status.py").read_text()
    assert cli("check", v2, out) == 0
    assert cli("check", v2, out, "--no-lock") == 1  # afresh, the names differ from the tree's
    assert cli("generate", v2, out, "--no-lock") == 0
    names = json.loads((out / LOCK_FILE).read_text())["names"]
    assert names[ALERT_STATUS] == "operations/Status" and names[ORDER_STATUS] != "operations/Status"
    assert '"on"' in (out / "lock_api/models/operations/status.py").read_text()
    assert cli("check", v2, out) == 0  # the lock now holds the fresh names


def test_check_reports_a_stale_lock_as_drift(tmp_path, capsys):
    out = tmp_path / "out"
    v1 = write_spec(tmp_path / "v1", V1)
    assert cli("generate", v1, out) == 0
    assert cli("check", v1, out) == 0
    lock = out / LOCK_FILE
    text = lock.read_text()
    lock.write_text(text.replace('"operations/Status"', '"operations/OrderStatus"'))  # a lock the tree does not match
    capsys.readouterr()
    assert cli("check", v1, out) == 1
    diff = capsys.readouterr().out
    assert "+++ b/lock_api/models/operations/orderstatus.py" in diff  # the tree lags behind its lock
    lock.write_text(text.replace("\n", "", 1).replace('    "', '  "'))  # same entries, not as written
    assert cli("check", v1, out) == 1
    lock.write_text(text)
    assert cli("check", v1, out) == 0
    assert cli("check", write_spec(tmp_path / "v2", V2), out) == 1  # the spec changed: the lock gains an entry


def test_a_lock_file_the_generator_did_not_write_is_not_read(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_FILE).write_text("mine")
    assert cli("generate", write_spec(tmp_path, V1), out) == 2  # not read, and not overwritten either
    assert "did not write" in capsys.readouterr().err
    assert (out / LOCK_FILE).read_text() == "mine"
