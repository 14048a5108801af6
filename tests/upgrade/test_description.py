"""The descriptions an upgrade check reads (ibl_client/_upgrade/description.py), and the diff
engine shipped with the SDK (ibl_client/_apidiff/): where only the wheel is installed there is
no PyYAML and no scripts/."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ibl_client._apidiff import diff, sdk, wording
from ibl_client._upgrade import description
from ibl_client._upgrade.description import (
    UpgradeCheckError,
    compressed,
    dumps,
    load_from,
    load_own,
)
from scripts.apidiff.__main__ import load_spec
from scripts.apidiff.sdk import generate_all_tags
from tests.upgrade.conftest import ROOT

MINI = ROOT / "tests" / "data" / "mini-openapi.yaml"


def test_the_own_description_is_the_committed_one() -> None:
    own, all_tags = load_own()
    assert own == load_spec(ROOT / "openapi.yaml")
    assert all_tags is generate_all_tags(ROOT / "generator-config.yaml")


def test_dumps_round_trips_one_path_per_line() -> None:
    doc = load_spec(MINI)
    text = dumps(doc, all_tags=False)
    assert json.loads(text) == {"about": json.loads(text)["about"], "description": doc}
    assert len(text.splitlines()) >= len(doc["paths"]) + len(doc["components"]["schemas"])


def test_without_the_own_description_the_index_tells_the_groups(tmp_path: Path) -> None:
    own = tmp_path / "_openapi.json.gz"
    with pytest.raises(UpgradeCheckError, match="carries no description of its own"):
        load_own(own)
    row = ["core", "x", "GET", "/x/", "", "", []]
    for rows, expected in (([row], False), ([row, ["other", *row[1:]]], True)):
        index = json.dumps({"about": {"api_version": "1"}, "operations": rows})
        (tmp_path / "_index.json.gz").write_bytes(compressed(index))
        assert load_from(MINI, own)[1] is expected


def test_yaml_without_pyyaml_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)
    with pytest.raises(UpgradeCheckError, match=r"needs PyYAML .* \?format=json"):
        description.load_target(str(MINI))


def test_a_version_outside_the_repository_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "scripts", None)
    with pytest.raises(UpgradeCheckError, match="installed SDK does not include"):
        description.load_target("3.66.0")


def test_a_version_in_the_repository_is_rebuilt_by_the_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scripts import obtain
    from scripts.errors import PipelineError

    asked: list[str] = []

    def rebuilt(version: str) -> dict[str, Any]:
        asked.append(version)
        if version == "0.0.1":
            raise PipelineError("obtain", "no such release")
        return {"paths": {}}

    monkeypatch.setattr(obtain, "from_release", rebuilt)
    assert description.load_target("3.66.0") == {"paths": {}}
    with pytest.raises(UpgradeCheckError, match=r"^--to 0\.0\.1: .*no such release"):
        description.load_target("0.0.1")
    assert asked == ["3.66.0", "0.0.1"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("a: [", "not valid YAML"),
        ("[]", "not an OpenAPI description"),
    ],
)
def test_a_bad_file_is_named(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    with pytest.raises(UpgradeCheckError, match=f"--to {bad}: {message}"):
        description.load_target(str(bad))


def test_the_engine_needs_neither_pyyaml_nor_scripts() -> None:
    code = (
        "import json, sys\n"
        "sys.modules['yaml'] = None; sys.modules['scripts'] = None\n"
        "from ibl_client._apidiff.diff import diff_specs\n"
        "doc = json.loads(sys.argv[1])\n"
        "print(diff_specs(doc, doc).summary_line())\n"
    )
    doc: dict[str, Any] = load_spec(MINI)
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(doc)], capture_output=True, text=True, check=True
    )
    assert "0 changes" in result.stdout


@pytest.mark.parametrize("module", [diff, sdk, wording])
def test_doctests_of_the_engine(module: Any) -> None:
    result = doctest.testmod(module)
    assert (result.failed, result.attempted > 0) == (0, True)


def test_from_takes_an_sdks_own_compressed_description(tmp_path: Path) -> None:
    """``--from`` reads a description as the pipeline writes one beside a generated tree (a
    vendored copy's own): gzip-compressed, its ``about`` block set aside; a damaged one is
    named."""
    plain = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    own = tmp_path / "_openapi.json.gz"
    own.write_bytes(compressed(dumps(plain, all_tags=False)))
    assert load_from(own)[0] == load_from(MINI)[0]
    damaged = tmp_path / "damaged.json.gz"
    damaged.write_bytes(compressed("{}")[:12])
    with pytest.raises(UpgradeCheckError, match=r"--from .*damaged\.json\.gz: not a readable gzip"):
        load_from(damaged)
