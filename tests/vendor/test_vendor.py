"""`python -m scripts.vendor`: a trimmed copy of the SDK that a service can carry.

Two copies are made once per session from the committed openapi.yaml: one tag (the smallest of
several operations: generating a large one costs the suite half a minute and proves no more)
and three operations from three tags, one of them an operation the overlay corrects. They are
checked for size, for holding exactly the models their operations reach, for importing and
calling a loopback server from a clean virtualenv that has only the SDK's run-time
dependencies, and for `--regenerate` rebuilding them byte for byte.

The tag, the operations, their models and the server's answers are chosen from the description
by what they are (a list of models behind one path parameter, ...), never by name: names and
bodies change from version to version (an enum's name even carries a generated hash).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import attrs
import fixtures
import httpx
import pytest
import yaml
from by_property import API_PACKAGE, python_name
from contract.args import module_name
from contract.spec import Operation

from scripts.errors import PipelineError
from scripts.output import LAYER
from scripts.vendor import selection, trim
from scripts.vendor.__main__ import main
from scripts.vendor.build import full_sdk_size, tree_size, vendored_layer

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "ibl_client" / "generated"
_MODEL_IMPORT = re.compile(r"^\s*from \.\.\.?models\.(\w+) import", re.MULTILINE)
_OVERLAID_PARAMETER = re.compile(
    r"^\$\.paths\['(?P<path>[^']+)'\]\.(?P<method>\w+)\.parameters"
    r"\[\?\(@\.name == '(?P<name>\w+)'\)\]\.schema$"
)


# --- What the copies hold, chosen by property ---------------------------------------------


@attrs.frozen
class Overlaid:
    """A query parameter the overlay gives a boolean default, and the operation it belongs to."""

    op: Operation
    parameter: str
    default: bool


@functools.cache
def overlaid() -> Overlaid:
    """The first overlay action that gives a parameter of the description a boolean default."""
    actions = yaml.safe_load((ROOT / "overlay.yaml").read_text())["actions"]
    for action in actions:
        match = _OVERLAID_PARAMETER.match(action["target"])
        default = (action.get("update") or {}).get("default")
        if match is None or not isinstance(default, bool):
            continue
        op = next(
            (
                o
                for o in fixtures.spec().operations
                if (o.path, o.method) == (match["path"], match["method"])
            ),
            None,
        )
        if op is not None and any(p.name == match["name"] for p in op.parameters):
            return Overlaid(op, match["name"], default)
    fixtures.no_subject("overlay action giving a parameter of the description a boolean default")


@functools.cache
def tag() -> str:
    """The tag of the one-tag copy: the one with the fewest operations, two at least (then by
    name), counting every tag an operation carries as the selection does."""
    counts: dict[str, int] = {}
    for op in fixtures.spec().operations:
        for name in op.raw.get("tags") or []:
            counts[name] = counts.get(name, 0) + 1
    return min((count, name) for name, count in counts.items() if count >= 2)[1]


@attrs.frozen
class Listing:
    """A GET whose only required parameter is one string in its path and whose 200 is an array
    of a model that holds another model: what the smoke test calls."""

    op: Operation
    module: str  # "<tag folder>.<operation>", as under generated/api/
    path_parameter: str
    item: dict[str, Any]  # sampled from the description

    @property
    def group(self) -> str:
        return self.module.split(".")[0]

    @property
    def method(self) -> str:
        return self.module.split(".")[1]

    def path(self, value: str) -> str:
        return self.op.path.replace("{" + self.path_parameter + "}", value)


def _listing_of(op: Operation) -> Listing | None:
    spec = fixtures.spec()
    required = [p for p in op.parameters if p.required]
    if op.tag == overlaid().op.tag:  # the overlaid operation is the copy's second, of its tag
        return None
    if op.method != "get" or len(required) != 1 or required[0].location != "path":
        return None
    if spec.resolve(required[0].schema).get("type") != "string":
        return None
    media = ((op.responses.get("200") or {}).get("content") or {}).get("application/json") or {}
    body = spec.resolve(media.get("schema") or {})
    if body.get("type") != "array" or "$ref" not in (body.get("items") or {}):
        return None
    module = module_name(op)
    direct = set(_MODEL_IMPORT.findall(_module_file(FULL, module).read_text()))
    if not _imported_models(FULL, [op.operation_id]) - direct:  # holds no other model
        return None
    return Listing(op, module, required[0].name, fixtures.sample(body["items"]))


@functools.cache
def listing() -> Listing:
    for op in sorted(fixtures.spec().operations, key=lambda o: (len(o.parameters), o.operation_id)):
        found = _listing_of(op)
        if found is not None:
            return found
    fixtures.no_subject("GET of a list of models behind one string path parameter")


@functools.cache
def three() -> tuple[str, str, str]:
    """The listing, the overlaid operation, and the simplest GET (fewest parameters, then by id)
    of a third tag: three operations from three tags."""
    chosen = [listing().op, overlaid().op]
    for op in sorted(fixtures.spec().operations, key=lambda o: (len(o.parameters), o.operation_id)):
        if op.method == "get" and op.tag not in {c.tag for c in chosen}:
            chosen.append(op)
        if len(chosen) == 3:
            return (chosen[0].operation_id, chosen[1].operation_id, chosen[2].operation_id)
    fixtures.no_subject("three tags with a GET")


def _module_file(package: Path, module: str) -> Path:
    folder, name = module.split(".")
    return package / "api" / folder / f"{name}.py"


# --- Copies, made once ----------------------------------------------------------------------


def _vendor(out: Path, package: str, *selection_args: str) -> Path:
    assert main(["--package", package, "--out", str(out), *selection_args]) == 0
    return out / package


@pytest.fixture(scope="module")
def one_tag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _vendor(tmp_path_factory.mktemp("vendor"), "one_tag_sdk", "--tag", tag())


@pytest.fixture(scope="module")
def three_operations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    arguments = [argument for name in three() for argument in ("--operation", name)]
    return _vendor(tmp_path_factory.mktemp("vendor"), "my_ibl", *arguments)


@pytest.fixture(scope="module")
def description() -> dict[str, Any]:
    """The description as the SDK was generated from it, prepared once a session (fixtures.py):
    selection reads its tags and operation ids, which the overlay leaves alone."""
    return fixtures.prepared()


def _files(package: Path) -> dict[str, bytes]:
    return {
        path.relative_to(package).as_posix(): path.read_bytes()
        for path in sorted(package.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _models(package: Path) -> set[str]:
    return {p.stem for p in (package / "models").glob("*.py") if p.name != "__init__.py"}


def _operation_modules(package: Path) -> dict[str, Path]:
    """Not a tag's `__init__` or its group module (`_group`), which a copy trims."""
    return {p.stem: p for p in (package / "api").glob("*/*.py") if not p.name.startswith("_")}


def _imported_models(full: Path, operation_ids: list[str]) -> set[str]:
    """The models the FULL SDK's modules of these operations import, transitively: an oracle
    for "the models they reach" that does not use the trimming code under test."""
    modules = _operation_modules(full)
    pending = [
        name for op in operation_ids for name in _MODEL_IMPORT.findall(modules[op].read_text())
    ]
    reached: set[str] = set()
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            text = (full / "models" / f"{name}.py").read_text()
            pending.extend(_MODEL_IMPORT.findall(text))
            pending.extend(re.findall(r"^\s*from \.(\w+) import", text, re.MULTILINE))
    return reached


# --- Size -------------------------------------------------------------------------------------


def test_copies_are_a_fraction_of_the_full_sdk(
    one_tag: Path, three_operations: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_files, full_size = full_sdk_size()
    tag_files, tag_size = tree_size(one_tag)
    three_files, three_size = tree_size(three_operations)
    with capsys.disabled():
        print(
            f"\nfull SDK {full_files} files {full_size / 1024:,.0f} KiB; "
            f"tag {tag()}: {tag_files} files {tag_size / 1024:,.0f} KiB; "
            f"three operations: {three_files} files {three_size / 1024:,.0f} KiB "
            f"({tree_size(three_operations / 'generated')[1] / 1024:,.0f} KiB generated)"
        )
    assert tag_size < full_size / 3
    # The hand-written layer is copied whole (it is the SDK's behaviour, ~200 KiB of it with its
    # docstrings; its size is the layer's, not the selection's): what the selection trims is the
    # generated part, and beside it the copy holds the layer and its record, nothing more.
    _, three_generated = tree_size(three_operations / "generated")
    assert three_generated < 100 * 1024
    beside = {
        path.relative_to(three_operations).as_posix()
        for path in three_operations.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and "generated" not in path.parts
    }
    layer = {path.relative_to(LAYER).as_posix() for path in vendored_layer()}
    assert beside == layer | {"VENDORED.json"}


# --- Contents ---------------------------------------------------------------------------------


def test_three_operations_copy_holds_exactly_them(three_operations: Path) -> None:
    generated = three_operations / "generated"
    assert set(_operation_modules(generated)) == set(three())
    folders = {module_name(fixtures.operation(name)).split(".")[0] for name in three()}
    assert len(folders) == 3
    assert {p.name for p in (generated / "api").iterdir() if p.is_dir()} == folders
    layer = {p.name for p in (ROOT / "ibl_client").glob("*.py")} | {"py.typed"}
    assert layer <= {p.name for p in three_operations.iterdir()}


def test_the_testing_kit_serves_a_copy_from_its_own_description(three_operations: Path) -> None:
    """A copy carries its description, trimmed as it is: the installed SDK's fake API, given
    it, routes exactly the copy's operations (a service's tests need no openapi.yaml)."""
    from ibl_client.testing import FakeIBL

    own = three_operations / "generated" / "_openapi.json.gz"
    with FakeIBL(description=own) as fake:
        served = {op.id for op in fake.description.operations}
    assert served == set(three())


@pytest.mark.parametrize("copy", ["one_tag", "three_operations"])
def test_copy_holds_exactly_the_models_its_operations_reach(
    copy: str, request: pytest.FixtureRequest
) -> None:
    package: Path = request.getfixturevalue(copy)
    operation_ids = list(_operation_modules(package / "generated"))
    assert _models(package / "generated") == _imported_models(FULL, operation_ids)


def test_nested_reference_kept_and_unselected_model_dropped(three_operations: Path) -> None:
    """A model reached only through another model is kept; a model a sibling operation (same
    tag, not selected) reaches is dropped. Both found in the full SDK, not named: their names
    (an enum's carries a generated hash) change from version to version."""
    modules = _operation_modules(FULL)
    selected = three()
    direct = {name for op in selected for name in _MODEL_IMPORT.findall(modules[op].read_text())}
    reached = _imported_models(FULL, list(selected))
    nested_only = reached - direct
    assert nested_only, "the premise: a selected operation reaches a model only through another"
    tags = {modules[op].parent.name for op in selected}
    siblings = [
        op for op, path in modules.items() if path.parent.name in tags and op not in selected
    ]
    unselected = _imported_models(FULL, siblings) - reached
    assert unselected, "the premise: a sibling operation reaches a model the selected ones do not"
    models = _models(three_operations / "generated")
    assert nested_only <= models
    assert not unselected & models


@pytest.mark.parametrize("copy", ["one_tag", "three_operations"])
def test_modules_are_the_full_sdks_byte_for_byte(copy: str, request: pytest.FixtureRequest) -> None:
    """Normalising before trimming keeps model names, so vendored code is the SDK's own."""
    generated: Path = request.getfixturevalue(copy) / "generated"
    modules = [
        p.relative_to(generated) for p in generated.glob("models/*.py") if p.stem != "__init__"
    ]
    modules += [p.relative_to(generated) for p in _operation_modules(generated).values()]
    differing = [str(m) for m in modules if (generated / m).read_bytes() != (FULL / m).read_bytes()]
    assert differing == [], "is ibl_client/generated/ fresh? (`make check-generated`)"


def test_overlay_applies_before_trimming(one_tag: Path, three_operations: Path) -> None:
    """The three-operation copy holds an operation the overlay corrects: applied there; no error
    in a copy the overlay does not reach (the one-tag copy, unless its tag is the overlaid one)."""
    chosen = overlaid()
    module = _module_file(three_operations / "generated", module_name(chosen.op))
    default = f"{python_name(chosen.parameter)}: bool | Unset = {chosen.default},"
    assert default in module.read_text()
    recorded = json.loads((three_operations / "VENDORED.json").read_text())
    assert recorded["overlay"]["file"] == "overlay.yaml"


# --- A clean virtualenv and a loopback server ----------------------------------------------

SMOKE = r"""
import asyncio, importlib, importlib.util, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parent, name, chosen = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
sys.path.insert(0, parent)
seen = []

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        seen.append([self.path, self.headers.get("Authorization"), self.headers.get("User-Agent")])
        body = json.dumps([chosen["item"]]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d" % server.server_address[1]
sdk = importlib.import_module(name)
operation = importlib.import_module(name + ".generated.api." + chosen["module"])
value = chosen["value"]

def method(ibl):
    return getattr(getattr(ibl, chosen["group"]), chosen["method"])

async def through_async():
    async with sdk.AsyncClient(api_key="k", base_url=base) as ibl:
        return [await method(ibl)(value), await operation.asyncio(value, client=ibl)]

def through_sync():
    with sdk.Client(api_key="k", base_url=base) as ibl:
        return [method(ibl)(value), operation.sync(value, client=ibl)]

results = asyncio.run(through_async()) + through_sync()
server.shutdown()
print(json.dumps({
    "items": [[type(item).__name__, item.to_dict()] for result in results for item in result],
    "requests": seen,
    "ibl_client_installed": importlib.util.find_spec("ibl_client") is not None,
    "sdk_file": sdk.__file__,
}))
"""


def _runtime_dependencies() -> list[str]:
    """What the SDK declares it needs at run time: all a clean virtualenv gets."""
    if sys.version_info >= (3, 11):
        import tomllib

        project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
        return list(project["dependencies"])
    return ["httpx", "attrs", "sniffio"]  # no tomllib before 3.11: the same three


@pytest.fixture(scope="session")
def clean_python() -> Path:
    """A virtualenv with only the run-time dependencies, cached in .cache/ between runs.

    Built beside its final place and renamed into it, so an interrupted or concurrent build
    never leaves a half-made environment behind the stamp.
    """
    dependencies = _runtime_dependencies()
    stamp_text = json.dumps([sys.version_info[:2], dependencies])
    key = hashlib.sha256(stamp_text.encode()).hexdigest()[:12]
    home = ROOT / ".cache" / f"vendor-venv-{key}"
    python = home / "bin" / "python"
    if not python.exists():
        building = home.with_name(f"{home.name}.building-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        venv.create(building, with_pip=True, clear=True)
        subprocess.run(
            [building / "bin" / "python", "-m", "pip", "install", "--quiet", *dependencies],
            check=True,
        )
        try:
            building.rename(home)
        except OSError:  # another session finished first; use its environment
            shutil.rmtree(building, ignore_errors=True)
    return python


def _smoke(python: Path, package: Path, chosen: dict[str, Any]) -> dict[str, Any]:
    script = package.parent / "smoke.py"
    script.write_text(SMOKE)
    result = subprocess.run(
        [python, "-I", script, package.parent, package.name, json.dumps(chosen)],
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "")},  # no IBL_* settings from the caller
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_copy_imports_and_calls_from_a_clean_virtualenv(
    clean_python: Path, three_operations: Path
) -> None:
    chosen = listing()
    value = "main"
    call = {"module": chosen.module, "group": chosen.group, "method": chosen.method}
    result = _smoke(clean_python, three_operations, {**call, "item": chosen.item, "value": value})
    assert result["ibl_client_installed"] is False
    assert result["sdk_file"] == str(three_operations / "__init__.py")
    # What the full SDK makes of the same answer (its modules are the copy's, byte for byte).
    full = importlib.import_module(f"{API_PACKAGE}.{chosen.module}")
    expected = [
        [type(item).__name__, item.to_dict()]
        for item in full._parse_response(httpx.Response(200, json=[chosen.item]))
    ]
    assert expected and result["items"] == expected * 4  # AsyncClient twice, Client twice
    assert [path for path, _, _ in result["requests"]] == [chosen.path(value)] * 4
    assert all(authorization.endswith(" k") for _, authorization, _ in result["requests"])


# --- Regeneration -----------------------------------------------------------------------------


def test_regenerate_reproduces_the_copy_byte_for_byte(three_operations: Path) -> None:
    before = _files(three_operations)
    assert main(["--regenerate", str(three_operations)]) == 0
    assert _files(three_operations) == before
    assert main(["--regenerate", str(three_operations), "--check"]) == 0


def test_check_reports_a_hand_edited_copy(
    three_operations: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / three_operations.name
    shutil.copytree(three_operations, edited)
    model = min((edited / "generated" / "models").glob("[!_]*.py"))
    model.write_text("# edited\n")
    assert main(["--regenerate", str(edited), "--check"]) == 1
    assert f"generated/models/{model.name}" in capsys.readouterr().err


# --- Selection and trimming, without generating ---------------------------------------------


def _typo(name: str) -> str:
    """`name` with two letters in its middle swapped."""
    middle = len(name) // 2
    return name[:middle] + name[middle + 1] + name[middle] + name[middle + 2 :]


def test_unknown_names_are_an_error_with_close_matches(description: dict[str, Any]) -> None:
    # A tag and an operation of the description, misspelt: each is reported, the name meant
    # first among its close matches (which others follow depends on the API version).
    meant_tag, meant_operation = tag(), three()[0]
    tag_typo, operation = _typo(meant_tag), _typo(meant_operation)
    assert tag_typo != meant_tag and operation != meant_operation
    with pytest.raises(PipelineError) as raised:
        selection.resolve(description, [tag_typo], [operation])
    message = str(raised.value)

    def closest(kind: str, name: str) -> str:
        reported = rf"{kind} {re.escape(repr(name))} is not in the description; did you mean "
        match = re.search(reported + r"([\w-]+)[,?]", message)
        assert match is not None, message
        return match[1]

    assert closest("tag", tag_typo) == meant_tag
    assert closest("operation", operation) == meant_operation


def test_tags_are_accepted_as_the_client_spells_them(description: dict[str, Any]) -> None:
    hyphenated = min(t["name"] for t in description["tags"] if "-" in t["name"])
    by_description, tags = selection.resolve(description, [hyphenated], [])
    by_attribute, _ = selection.resolve(description, [hyphenated.replace("-", "_")], [])
    assert by_description == by_attribute and tags == [hyphenated]


def test_trim_follows_refs_through_every_kind_of_component() -> None:
    schema = {"$ref": "#/components/schemas/Outer"}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "kept"}, {"name": "gone"}],
        "paths": {
            "/a/": {
                "parameters": [{"$ref": "#/components/parameters/Shared"}],
                "get": {
                    "operationId": "a",
                    "tags": ["kept"],
                    "security": [{"Key": []}],
                    "responses": {"200": {"$ref": "#/components/responses/Ok"}},
                },
                "post": {"operationId": "b", "tags": ["gone"], "responses": {}},
            },
            "/c/": {"get": {"operationId": "c", "tags": ["gone"], "responses": {}}},
        },
        "components": {
            "parameters": {"Shared": {"name": "p", "in": "query", "schema": schema}},
            "responses": {
                "Ok": {"description": "", "content": {"application/json": {"schema": schema}}}
            },
            "schemas": {
                "Outer": {
                    "properties": {"inner": {"items": {"$ref": "#/components/schemas/In~1ner"}}}
                },
                "In/ner": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}]},
                "Leaf": {"type": "string"},
                "Unused": {"type": "integer"},
            },
            "securitySchemes": {"Key": {"type": "apiKey"}, "Other": {"type": "http"}},
        },
    }
    trimmed = trim.trim(document, ["a"])
    assert list(trimmed["paths"]) == ["/a/"]
    assert set(trimmed["paths"]["/a/"]) == {"parameters", "get"}
    assert list(trimmed["components"]["schemas"]) == ["Outer", "In/ner", "Leaf"]
    assert list(trimmed["components"]["parameters"]) == ["Shared"]
    assert list(trimmed["components"]["securitySchemes"]) == ["Key"]
    assert trimmed["tags"] == [{"name": "kept"}]


def test_a_folder_that_is_not_a_copy_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.txt").write_text("precious")
    assert main(["--package", "mine", "--out", str(tmp_path), "--operation", three()[0]]) == 1
    assert (tmp_path / "mine" / "keep.txt").read_text() == "precious"
