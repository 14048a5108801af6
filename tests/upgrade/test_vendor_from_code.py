"""``python -m scripts.vendor --from-code PATH``: the copy keeps the operations the code calls
(the upgrade check's scanner, written once), and the models it imports must be in it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.vendor.__main__ import main
from tests.upgrade.conftest import ROOT, SERVICE_4_202, find, has_operation_id, marked_uses

SPEC = ROOT / "tests" / "data" / "openapi-4.202.2.yaml"
OPERATION = "credentials_orgs_users_assertions_retrieve"


def selected(copy: Path) -> list[str]:
    return list(json.loads((copy / "VENDORED.json").read_text())["selection"]["operations"])


def test_the_operations_the_service_calls(
    tmp_path: Path, doc_4_202: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # By hand: the service's marked operations; their operationIds are their method names.
    called = {name for _, _, kind, name in marked_uses(SERVICE_4_202) if kind == "method"}
    assert all(has_operation_id(doc_4_202, name) for name in called)
    argv = ["--package", "svc_ibl", "--out", str(tmp_path), "--from-code", str(SERVICE_4_202)]
    # AccessTimesHeatmap, which app.py imports, is in no schema these four operations reach.
    assert main(["--file", str(SPEC), *argv]) == 1
    error = capsys.readouterr().err
    assert "imports models it does not hold" in error
    assert f"AccessTimesHeatmap ({SERVICE_4_202 / 'app.py'}:" in error
    assert sorted(selected(tmp_path / "svc_ibl")) == sorted(called)


def test_a_model_the_calls_reach_is_kept(
    tmp_path: Path, doc_4_202: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    # The model this operation answers with, read from its 200 response.
    _, _, operation = find(doc_4_202, OPERATION)
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    model = ref.rsplit("/", 1)[-1]
    service = tmp_path / "service"
    service.mkdir()
    # The service already uses a vendored copy under the name the copy gets.
    (service / "app.py").write_text(
        f"from svc_ibl.generated.models import {model}\n\n\n"
        f"async def run(client, key, user):\n"
        f"    return await client.credentials.{OPERATION}(key, user)\n"
    )
    out = tmp_path / "vendor"
    argv = ["--package", "svc_ibl", "--out", str(out), "--from-code", str(service)]
    assert main(["--file", str(SPEC), *argv]) == 0, capsys.readouterr().err
    assert selected(out / "svc_ibl") == [OPERATION]
    assert f"\n{model}:" in (out / "svc_ibl" / "generated" / "models" / "__init__.py").read_text()
    # The copy leaves the upgrade check out, and its command line says where to run it.
    assert not (out / "svc_ibl" / "_upgrade").exists()
    assert not (out / "svc_ibl" / "_apidiff").exists()
    result = subprocess.run(
        [sys.executable, "-m", "svc_ibl", "upgrade-check", "--to", str(SPEC), str(service)],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "svc_ibl has no upgrade check" in result.stderr


def test_code_without_a_call_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text("import ibl_client\n")
    argv = ["--package", "x", "--out", str(tmp_path / "out"), "--from-code", str(tmp_path)]
    assert main(argv) == 1
    assert "no call of the SDK found" in capsys.readouterr().err
