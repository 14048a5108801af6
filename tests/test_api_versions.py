"""Older API lines stay one command away: the 3.66.0 description still generates a whole SDK.

The committed snapshot follows the newest published API; `make generate VERSION=3.66.0
OUTPUT=...` gives the 3.x SDK beside it. Rebuilding 3.66.0 from its wheel gives
tests/data/openapi-3.66.0.yaml byte for byte (tests/test_rebuild_spec.py), so generating from
that file is generating from the published version. The reference excerpt's three operations
are checked in it by tests/test_documented_operations.py.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from scripts import generate, obtain

ROOT = Path(__file__).resolve().parents[1]
OLDER_LINES = [ROOT / "tests" / "data" / "openapi-3.66.0.yaml"]


@pytest.mark.parametrize("description", OLDER_LINES, ids=lambda p: p.stem)
def test_an_older_line_generates_a_whole_importable_sdk(
    description: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = obtain.from_file(description)
    operations = sum(
        1 for item in document["paths"].values() for op in item.values() if isinstance(op, dict)
    )
    package = tmp_path / "older_sdk"
    assert generate.main(["--file", str(description), "--output", str(package)]) == 0
    report = capsys.readouterr().out
    assert f"operations generated:          {operations}" in report
    assert "skipped operations:            0" in report
    # The committed snapshot and SDK are untouched by a generation elsewhere.
    assert obtain.from_file(generate.SPEC)["info"]["version"] != document["info"]["version"]
    sys.path.insert(0, str(tmp_path))
    try:
        sdk = importlib.import_module("older_sdk")
        assert document["info"]["version"] == sdk.API_VERSION
        tags = importlib.import_module("older_sdk.generated.api").TAGS
        assert len(tags) == len(document["tags"])
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "older_sdk" or m.startswith("older_sdk.")]:
            del sys.modules[name]
