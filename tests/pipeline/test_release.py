"""A version bump: the diff decides the SDK's next version, writes the full change file and
a short CHANGELOG entry worded for SDK users."""

from __future__ import annotations

import copy
import json
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
    assert lines[-1] == (
        "SDK version 1.4.2 -> 2.0.0; CHANGELOG.md has the entry, changes/2.0.0.json every change"
    )
    text = changelog.read_text()
    assert text.startswith("# Changelog")
    assert "## 2.0.0 — API 0.0.1-mini" in text
    assert "### `ibl.core`\n\n- **1 method removed**: `core_orgs_upload_create`\n" in text
    assert "Full detail**, every change and where it is in the description: " in text
    assert "`changes/2.0.0.json`" in text
    details = json.loads((tmp_path / "changes" / "2.0.0.json").read_text())
    (removed,) = details["changes"]
    assert removed["operation"] == "POST /api/core/orgs/{org}/upload/"
    assert removed["sdk"] == {"groups": ["core"], "method": "core_orgs_upload_create"}
    assert details["summary"]["operations_removed"] == 1


def test_the_entry_names_python_arguments(tmp_path: Path, mini_spec: Path) -> None:
    old = mini(mini_spec)
    new = copy.deepcopy(old)
    operation = new["paths"]["/api/analytics/time-spent/user/"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "url"]
    operation["parameters"][0]["required"] = True  # format
    version_file, changelog = versions(tmp_path)

    release.record_bump(old, new, version_file=version_file, changelog=changelog)

    assert (
        "- **`analytics_time_spent_user_retrieve`**: argument `format_` now required; "
        "argument `url_` removed\n"
    ) in changelog.read_text()


def test_every_group_of_an_operation_gets_it_with_generate_all_tags(
    tmp_path: Path, mini_spec: Path
) -> None:
    old = mini(mini_spec)
    new = copy.deepcopy(old)
    del new["paths"]["/api/analytics/time-spent/user/"]  # tags: [ai-analytics, analytics]
    config = tmp_path / "generator-config.yaml"
    for all_tags, groups in ((False, ["ai_analytics"]), (True, ["ai_analytics", "analytics"])):
        config.write_text(f"literal_enums: true\ngenerate_all_tags: {str(all_tags).lower()}\n")
        (tmp_path / str(all_tags)).mkdir()
        version_file, changelog = versions(tmp_path / str(all_tags))
        release.record_bump(
            old, new, version_file=version_file, changelog=changelog, generator_config=config
        )
        text = changelog.read_text()
        sections = [
            line[len("### `ibl.") : -1] for line in text.splitlines() if "### `ibl." in line
        ]
        assert sections == groups


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
    assert sorted(p.name for p in (tmp_path / "changes").iterdir()) == ["1.5.0.json", "1.6.0.json"]


def test_an_identical_description_changes_nothing(tmp_path: Path, mini_spec: Path) -> None:
    version_file, changelog = versions(tmp_path)
    lines = release.record_bump(
        mini(mini_spec), mini(mini_spec), version_file=version_file, changelog=changelog
    )
    assert lines[-1] == "SDK version unchanged"
    assert release.current_sdk_version(version_file) == "1.4.2"
    assert not changelog.exists()
    assert not (tmp_path / "changes").exists()
