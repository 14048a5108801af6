"""The upgrade check runs from the wheel alone: no scripts/, no PyYAML, a JSON description.

The wheel is built and unpacked (what pip installs), and the command runs from it with
``scripts`` and ``yaml`` made unimportable, as where only ``pip install ibl-client`` ran."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.test_wheel import wheel
from tests.upgrade.conftest import ROOT, SERVICE_4_202

__all__ = ["wheel"]  # the fixture

RUN = """
import runpy, sys
sys.modules["scripts"] = None  # not in the wheel
sys.modules["yaml"] = None  # not a dependency
import ibl_client
print(ibl_client.__file__, file=sys.stderr)
sys.argv = ["ibl_client", *sys.argv[1:]]
runpy.run_module("ibl_client", run_name="__main__", alter_sys=True)
"""


@pytest.fixture(scope="module")
def unpacked(wheel: Path) -> Path:
    """The wheel (tests/test_wheel.py builds it), unpacked as pip would install it."""
    names = zipfile.ZipFile(wheel).namelist()
    assert "ibl_client/generated/_openapi.json.gz" in names
    assert "ibl_client/_apidiff/diff.py" in names and "ibl_client/_upgrade/check.py" in names
    site = wheel.parent / "site"
    zipfile.ZipFile(wheel).extractall(site)
    return site


def run(site: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUN, "upgrade-check", *argv],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_check_runs_from_the_wheel(
    unpacked: Path, tmp_path: Path, doc_3_66: dict[str, Any]
) -> None:
    target = tmp_path / "3.66.0.json"
    target.write_text(json.dumps(doc_3_66))
    result = run(unpacked, "--to", str(target), "--check", str(SERVICE_4_202))
    assert result.stderr.splitlines()[0] == str(unpacked / "ibl_client" / "__init__.py")
    assert result.returncode == 1, result.stderr[-2000:]
    assert "`account_retrieve` removed (GET /account/ is gone)" in result.stdout
    # And what it cannot do there, it says.
    yaml_target = ROOT / "tests" / "data" / "openapi-3.66.0.yaml"
    for to, message in ((str(yaml_target), "needs PyYAML"), ("3.66.0", "does not include")):
        result = run(unpacked, "--to", to, str(SERVICE_4_202))
        assert (result.returncode, message in result.stderr) == (2, True), result.stderr
