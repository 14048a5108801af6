"""A version bump: the diff decides the SDK's next version and writes the CHANGELOG entry."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from scripts import obtain, release


def versions(tmp_path: Path, version: str = "1.4.2") -> tuple[Path, Path]:
    version_file = tmp_path / "_version.py"
    version_file.write_text(f'"""doc"""\n\n__version__ = "{version}"\n')
    return version_file, tmp_path / "CHANGELOG.md"


def mini(mini_spec: Path) -> dict[str, Any]:
    return obtain.from_file(mini_spec)


def test_a_breaking_change_bumps_the_major_version(tmp_path: Path, mini_spec: Path) -> None:
    old = mini(mini_spec)
    new = copy.deepcopy(old)
    new["info"]["version"] = "0.0.1-mini"
    del new["paths"]["/api/core/orgs/{org}/upload/"]
    version_file, changelog = versions(tmp_path)

    lines = release.record_bump(old, new, version_file=version_file, changelog=changelog)

    assert release.current_sdk_version(version_file) == "2.0.0"
    assert lines[-1] == "SDK version 1.4.2 -> 2.0.0; CHANGELOG.md has the entry"
    text = changelog.read_text()
    assert text.startswith("# Changelog")
    assert "## 2.0.0 — API 0.0.1-mini" in text
    assert "POST /api/core/orgs/{org}/upload/" in text


def test_an_added_operation_bumps_the_minor_version_and_entries_stack(
    tmp_path: Path, mini_spec: Path
) -> None:
    old = mini(mini_spec)
    new = copy.deepcopy(old)
    new["paths"]["/api/core/ping/"] = {
        "get": {"operationId": "core_ping_retrieve", "responses": {"204": {"description": ""}}}
    }
    version_file, changelog = versions(tmp_path)
    release.record_bump(old, new, version_file=version_file, changelog=changelog)
    newer = copy.deepcopy(new)
    newer["paths"]["/api/core/pong/"] = copy.deepcopy(new["paths"]["/api/core/ping/"])
    newer["paths"]["/api/core/pong/"]["get"]["operationId"] = "core_pong_retrieve"
    release.record_bump(new, newer, version_file=version_file, changelog=changelog)

    assert release.current_sdk_version(version_file) == "1.6.0"
    text = changelog.read_text()
    assert text.index("## 1.6.0") < text.index("## 1.5.0")  # newest first


def test_an_identical_description_changes_nothing(tmp_path: Path, mini_spec: Path) -> None:
    version_file, changelog = versions(tmp_path)
    lines = release.record_bump(
        mini(mini_spec), mini(mini_spec), version_file=version_file, changelog=changelog
    )
    assert lines[-1] == "SDK version unchanged"
    assert release.current_sdk_version(version_file) == "1.4.2"
    assert not changelog.exists()
