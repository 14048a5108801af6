"""`python -m ibl_client find`: the generated index, searched without importing the generated
tree. Facts come from the index and the tree of whatever API version is committed."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ibl_client
from ibl_client import _find
from ibl_client.__main__ import main
from scripts import generate, verify

ROOT = Path(__file__).resolve().parents[2]


def operation(
    name: str, path: str = "/x/", *arguments: str, **fields: str
) -> _find.IndexedOperation:
    return _find.IndexedOperation(
        tag=fields.get("tag", "core"),
        name=name,
        method=fields.get("method", "GET"),
        path=path,
        summary=fields.get("summary", ""),
        pagination=fields.get("pagination", ""),
        arguments=arguments,
    )


def test_the_index_is_the_generated_trees() -> None:
    version, operations = _find.load()
    assert version == ibl_client.API_VERSION
    modules = verify.generated_operations(generate.PACKAGE)
    assert {o.name for o in operations} == {m.stem for m in modules.values()}
    from ibl_client.generated.api import TAGS

    assert {o.tag for o in operations} == set(TAGS)
    for o in operations[:: max(1, len(operations) // 50)]:  # a sample across the tags
        package = importlib.import_module(f"ibl_client.generated.api.{o.tag}")
        group = getattr(package, "Async" + "".join(w.title() for w in o.tag.split("_")) + "Api")
        assert hasattr(group, o.name), o
        assert hasattr(group, f"{o.name}_iter") == bool(o.pagination), o


def test_an_operation_is_found_by_the_words_of_its_name() -> None:
    _, operations = _find.load()
    for wanted in operations[:: max(1, len(operations) // 20)]:
        found = _find.search(wanted.name.split("_"), operations)
        assert wanted in found[:5], (wanted.name, [o.name for o in found[:5]])


def test_every_word_must_match_and_name_parts_rank_first() -> None:
    operations = [
        operation("core_orgs_users_list", "/api/core/orgs/{org}/users/", "org"),
        operation(
            "core_platform_users_retrieve", "/api/core/platform/users/", "*", "platform_org="
        ),
        operation("core_usersettings_retrieve", "/api/core/usersettings/"),
        operation("catalog_courses_list", "/api/catalog/courses/", summary="courses of users"),
    ]
    assert [o.name for o in _find.search(["users", "org"], operations)] == [
        "core_orgs_users_list",  # "users" a part of the name, "org" inside "orgs"
        "core_platform_users_retrieve",  # "org" only in an argument
    ]
    assert [o.name for o in _find.search(["USERS"], operations)] == [
        "core_orgs_users_list",
        "core_platform_users_retrieve",
        "core_usersettings_retrieve",
        "catalog_courses_list",
    ]
    assert _find.search(["nothing"], operations) == []


def test_the_call_shows_required_arguments_and_elides_the_rest() -> None:
    create = operation("core_orgs_items_create", "/o/{org}/", "org", "*", "body", "dry_run=")
    assert create.call() == "ibl.core.core_orgs_items_create(org, body=..., ...)"
    listing = operation("core_x_list", "/x/", "*", "page=", tag="ai_analytics")
    assert listing.call("_iter") == "ibl.ai_analytics.core_x_list_iter(...)"
    assert operation("core_ping", "/ping/").call() == "ibl.core.core_ping()"


def test_the_command_prints_calls_and_paths(capsys: pytest.CaptureFixture[str]) -> None:
    _, operations = _find.load()
    wanted = next(o for o in operations if o.pagination)
    assert main(["find", *wanted.name.split("_"), "--limit", "50"]) == 0
    out = capsys.readouterr().out
    assert wanted.call() in out
    assert f"{wanted.method} {wanted.path}" in out
    assert wanted.call("_iter") in out


def test_no_match_says_so_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "no-such-word-anywhere"]) == 1
    assert "No operation matches 'no-such-word-anywhere'" in capsys.readouterr().out


def test_the_command_imports_no_group_operation_or_model() -> None:
    code = (
        "import json, runpy, sys\n"
        "sys.argv = ['ibl_client', 'find', 'users']\n"
        "try:\n"
        "    runpy.run_module('ibl_client', run_name='__main__')\n"
        "    status = None\n"
        "except SystemExit as exit:\n"
        "    status = exit.code\n"
        "loaded = [m for m in sys.modules if m.startswith('ibl_client.generated.')]\n"
        "print(json.dumps({'status': status, 'loaded': sorted(loaded)}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stderr) == {
        "status": 0,
        # the package's names load on first use: the command reads the index only, and no
        # generated module but the package's own __init__ (API_VERSION) is imported
        "loaded": [],
    }
    heading, blank, first_call, first_route, *_ = result.stdout.splitlines()
    version = re.escape(ibl_client.API_VERSION)
    assert re.fullmatch(
        rf"\d+ operation\(s\) match 'users' \(API {version}\); best first:", heading
    )
    assert blank == ""
    assert re.fullmatch(r"ibl\.\w+\.\w*users\w*\(.*\)", first_call), first_call
    assert re.fullmatch(r"(GET|POST|PUT|PATCH|DELETE) /\S*users\S*", first_route.strip(), re.I)
