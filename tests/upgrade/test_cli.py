"""``python -m ibl_client upgrade-check``: the lines it prints, its exit codes, and that
``import ibl_client`` loads none of it.

The installed SDK's own description is openapi.yaml (4.202.2 here); the 4.202.2 service is
checked against 3.66.0 (a server still on 3.66.0, or a downgrade), the 3.66.0 service with
``--from`` the other way."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import ibl_client
from ibl_client.__main__ import main
from tests.upgrade.conftest import (
    ROOT,
    SERVICE_3_66,
    SERVICE_4_202,
    find,
    has_operation_id,
    marked_uses,
    same_shape_exists,
)

DATA = ROOT / "tests" / "data"
TO_3_66 = ["upgrade-check", "--to", str(DATA / "openapi-3.66.0.yaml")]
OWN = "4.202.2"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(argv)
    return code, capsys.readouterr().out.splitlines()


def line_of(lines: list[str], marked: str) -> list[str]:
    """The printed lines for the use marked ``marked`` in the 4.202 service."""
    ((file, number, _, _),) = [u for u in marked_uses(SERVICE_4_202) if u[3] == marked]
    return [line for line in lines if line.startswith(f"{file}:{number}: ")]


@pytest.fixture(scope="module")
def downgrade(doc_3_66: dict[str, Any], doc_4_202: dict[str, Any]) -> tuple[int, list[str]]:
    if not ibl_client.API_VERSION.startswith(OWN):
        pytest.skip(f"the installed SDK is API {ibl_client.API_VERSION}, the facts are {OWN}'s")
    out = io.StringIO()  # a module's fixture: no capsys
    with contextlib.redirect_stdout(out):
        code = main([*TO_3_66, "--check", str(SERVICE_4_202)])
    return code, out.getvalue().splitlines()


def test_check_fails_when_a_used_operation_breaks(downgrade: tuple[int, list[str]]) -> None:
    code, lines = downgrade
    assert code == 1
    assert lines[-1].startswith(f"API {OWN}-ai-plus → 3.66.0-ai-plus: 5 uses of the SDK")


def test_an_operation_3_66_lacks(
    downgrade: tuple[int, list[str]], doc_3_66: dict[str, Any]
) -> None:
    method, path, _ = find(ibl_client_doc(), "account_retrieve")
    assert not same_shape_exists(doc_3_66, method, path)
    assert not has_operation_id(doc_3_66, "account_retrieve")
    (line,) = line_of(downgrade[1], "account_retrieve")
    assert re.search(
        r": BREAKING self\._ibl\.account\.account_retrieve\(\.\.\.\): `account_retrieve` removed",
        line,
    )


def test_renamed_argument_and_method_back(
    downgrade: tuple[int, list[str]], doc_3_66: dict[str, Any]
) -> None:
    lines = line_of(downgrade[1], "credentials_orgs_users_assertions_retrieve")
    assert any(line.endswith("argument `platform_key` renamed `org`") for line in lines)
    assert any(line.endswith("argument `user_id` int → str") for line in lines)
    # 3.66.0 calls GET /api/core/user_groups/ core_user_groups_retrieve: the 4.202.2 name
    # core_user_groups_retrieve2 is renamed back; the operation 4.202.2 calls
    # core_user_groups_retrieve (another path, removed in 3.66.0) is not this one.
    own = ibl_client_doc()
    assert (
        find(doc_3_66, "core_user_groups_retrieve")[:2]
        == find(own, "core_user_groups_retrieve2")[:2]
    )
    (line,) = line_of(downgrade[1], "core_user_groups_retrieve2")
    assert line.endswith(
        "method `core_user_groups_retrieve2` renamed `core_user_groups_retrieve` "
        "(operationId changed)"
    )


def test_unchanged_call_and_removed_model(
    downgrade: tuple[int, list[str]], doc_3_66: dict[str, Any]
) -> None:
    assert line_of(downgrade[1], "ai_account_orgs_users_free_trial_retrieve") == []
    assert "AccessTimesHeatmap" not in doc_3_66["components"]["schemas"]
    (line,) = line_of(downgrade[1], "AccessTimesHeatmap")
    assert line.endswith("BREAKING import AccessTimesHeatmap: model `AccessTimesHeatmap` removed")


def ibl_client_doc() -> dict[str, Any]:
    from ibl_client._upgrade.description import load_own

    return load_own()[0]


def test_from_and_to_json_files_and_breaking_only(
    tmp_path: Path,
    doc_3_66: dict[str, Any],
    doc_4_202: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(doc_3_66))
    new.write_text(json.dumps(doc_4_202))
    argv = ["upgrade-check", "--from", str(old), "--to", str(new), str(SERVICE_3_66)]
    code, lines = run(argv, capsys)
    assert code == 0  # without --check, a report
    assert any(" changed  " in line for line in lines)
    code, only = run([*argv, "--check", "--breaking-only"], capsys)
    assert code == 1
    assert only[:-1] == [line for line in lines[:-1] if ": BREAKING " in line]
    assert only[-1] == lines[-1]


def test_check_passes_when_nothing_used_breaks(
    tmp_path: Path, doc_3_66: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc_3_66))
    # The same description on both sides: nothing changes.
    code, lines = run(
        ["upgrade-check", "--from", str(old), "--to", str(old), "--check", str(SERVICE_3_66)],
        capsys,
    )
    assert (code, lines[:-1]) == (0, [])
    assert lines[-1].endswith("; 0 break, 0 more change")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "nowhere.yaml", "."], "--to 'nowhere.yaml': no such file"),
        (["--to", str(DATA / "mini-openapi.yaml"), "no/such/dir"], "no/such/dir: no such file"),
        (["--from", "missing.json", "--to", "x", "."], "missing.json"),
    ],
)
def test_a_check_that_cannot_run_exits_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["upgrade-check", *argv]) == 2
    assert message in capsys.readouterr().err


def test_import_ibl_client_loads_none_of_it() -> None:
    code = (
        "import sys, ibl_client\n"
        "print(sorted(m for m in sys.modules if m.startswith(('ibl_client._apidiff', "
        "'ibl_client._upgrade'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
