"""`python -m scripts.vendor`: a trimmed copy of the SDK that a service can carry.

Two copies are made once per session from the committed openapi.yaml: one tag
(`ai-analytics`) and three operations from three tags. They are checked for size, for holding
exactly the models their operations reach, for importing and calling a loopback server from a
clean virtualenv that has only the SDK's run-time dependencies, and for `--regenerate`
rebuilding them byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from scripts import normalise, obtain
from scripts.errors import PipelineError
from scripts.output import LAYER
from scripts.vendor import selection, trim
from scripts.vendor.__main__ import main
from scripts.vendor.build import full_sdk_size, tree_size, vendored_layer

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "ibl_client" / "generated"
TAG = "ai-analytics"
THREE = (
    "core_platform_users_retrieve",
    "ai_bot_v1_bots_bot_list",
    "credentials_orgs_users_retrieve",
)
_MODEL_IMPORT = re.compile(r"^\s*from \.\.\.?models\.(\w+) import", re.MULTILINE)


# --- Copies, made once ----------------------------------------------------------------------


def _vendor(out: Path, package: str, *selection_args: str) -> Path:
    assert main(["--package", package, "--out", str(out), *selection_args]) == 0
    return out / package


@pytest.fixture(scope="module")
def one_tag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _vendor(tmp_path_factory.mktemp("vendor"), "analytics_sdk", "--tag", TAG)


@pytest.fixture(scope="module")
def three_operations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    arguments = [argument for name in THREE for argument in ("--operation", name)]
    return _vendor(tmp_path_factory.mktemp("vendor"), "my_ibl", *arguments)


@pytest.fixture(scope="module")
def description() -> dict[str, Any]:
    document = obtain.from_file(ROOT / "openapi.yaml")
    normalise.normalise(document)
    return document


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
            f"tag {TAG}: {tag_files} files {tag_size / 1024:,.0f} KiB; "
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
    assert set(_operation_modules(generated)) == set(THREE)
    assert {p.name for p in (generated / "api").iterdir() if p.is_dir()} == {
        "ai_bot",
        "core",
        "credentials",
    }
    layer = {p.name for p in (ROOT / "ibl_client").glob("*.py")} | {"py.typed"}
    assert layer <= {p.name for p in three_operations.iterdir()}


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
    direct = {name for op in THREE for name in _MODEL_IMPORT.findall(modules[op].read_text())}
    reached = _imported_models(FULL, list(THREE))
    nested_only = reached - direct
    assert nested_only, "the premise: a selected operation reaches a model only through another"
    tags = {modules[op].parent.name for op in THREE}
    siblings = [op for op, path in modules.items() if path.parent.name in tags and op not in THREE]
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
    """The overlay's targets are analytics paths: applied in the tag copy, no error without."""
    module = one_tag / "generated/api/ai_analytics/analytics_time_spent_user_retrieve.py"
    assert "include_main_platform: bool | Unset = True," in module.read_text()
    recorded = json.loads((three_operations / "VENDORED.json").read_text())
    assert recorded["overlay"]["file"] == "overlay.yaml"


# --- A clean virtualenv and a loopback server ----------------------------------------------

SMOKE = r"""
import asyncio, importlib, importlib.util, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parent, name = sys.argv[1], sys.argv[2]
sys.path.insert(0, parent)
BOT = {"id": 1, "platform": 2, "tenant": "main", "name": "helper", "provider": "slack",
       "is_configured": True, "slack_config": 1, "discord_config": 0, "webex_config": 0,
       "whatsapp_config": 0, "teams_config": 0, "webhook_url": "https://example.invalid/hook"}
seen = []

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        seen.append([self.path, self.headers.get("Authorization"), self.headers.get("User-Agent")])
        body = json.dumps([BOT]).encode()
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
operation = importlib.import_module(name + ".generated.api.ai_bot.ai_bot_v1_bots_bot_list")

async def through_async():
    async with sdk.AsyncClient(api_key="k", base_url=base) as ibl:
        return [await ibl.ai_bot.ai_bot_v1_bots_bot_list("main"),
                await operation.asyncio("main", client=ibl)]

def through_sync():
    with sdk.Client(api_key="k", base_url=base) as ibl:
        return [ibl.ai_bot.ai_bot_v1_bots_bot_list("main"), operation.sync("main", client=ibl)]

results = asyncio.run(through_async()) + through_sync()
server.shutdown()
print(json.dumps({
    "bots": [[type(bot).__name__, bot.name, bot.provider] for result in results for bot in result],
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


def _smoke(python: Path, package: Path) -> dict[str, Any]:
    script = package.parent / "smoke.py"
    script.write_text(SMOKE)
    result = subprocess.run(
        [python, "-I", script, package.parent, package.name],
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
    result = _smoke(clean_python, three_operations)
    assert result["ibl_client_installed"] is False
    assert result["sdk_file"] == str(three_operations / "__init__.py")
    assert result["bots"] == [["Bot", "helper", "slack"]] * 4  # AsyncClient twice, Client twice
    assert [path for path, _, _ in result["requests"]] == ["/api/ai-bot/v1/bots/main/bot/"] * 4
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
    (edited / "generated" / "models" / "bot.py").write_text("# edited\n")
    assert main(["--regenerate", str(edited), "--check"]) == 1
    assert "generated/models/bot.py" in capsys.readouterr().err


# --- Selection and trimming, without generating ---------------------------------------------


def _typo(name: str) -> str:
    """`name` with two letters in its middle swapped."""
    middle = len(name) // 2
    return name[:middle] + name[middle + 1] + name[middle] + name[middle + 2 :]


def test_unknown_names_are_an_error_with_close_matches(description: dict[str, Any]) -> None:
    # A tag and an operation of the description, misspelt: each is reported, the name meant
    # first among its close matches (which others follow depends on the API version).
    tag, operation = _typo(TAG), _typo(THREE[0])
    assert tag != TAG and operation != THREE[0]
    with pytest.raises(PipelineError) as raised:
        selection.resolve(description, [tag], [operation])
    message = str(raised.value)

    def closest(kind: str, name: str) -> str:
        reported = rf"{kind} {re.escape(repr(name))} is not in the description; did you mean "
        match = re.search(reported + r"([\w-]+)[,?]", message)
        assert match is not None, message
        return match[1]

    assert closest("tag", tag) == TAG
    assert closest("operation", operation) == THREE[0]


def test_tags_are_accepted_as_the_client_spells_them(description: dict[str, Any]) -> None:
    by_description, tags = selection.resolve(description, ["ai-bot"], [])
    by_attribute, _ = selection.resolve(description, ["ai_bot"], [])
    assert by_description == by_attribute and tags == ["ai-bot"]


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
    assert main(["--package", "mine", "--out", str(tmp_path), "--operation", THREE[0]]) == 1
    assert (tmp_path / "mine" / "keep.txt").read_text() == "precious"
