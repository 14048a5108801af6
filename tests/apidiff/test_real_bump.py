"""The 3.66.0 → 4.202.2 bump, on the real (rebuilt) descriptions."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from scripts.apidiff import Report, render_changelog_entry
from scripts.apidiff.operations import index_operations, path_parameters, shape

Key = tuple[str, str]


def _keys(labels: Any) -> set[Key]:
    """``"GET /x/"`` labels as ``(method, path)`` keys."""
    return {(label.split(" ", 1)[0].lower(), label.split(" ", 1)[1]) for label in labels}


def _of(report: Report, kind: str) -> set[Key]:
    return _keys(c.operation for c in report.changes if c.kind == kind)


def test_added_and_removed_are_the_set_differences_less_the_renames(
    bump: Report, doc_3_66: dict[str, Any], doc_4_202: dict[str, Any]
) -> None:
    old, new = set(index_operations(doc_3_66)), set(index_operations(doc_4_202))
    added, removed = _of(bump, "operation-added"), _of(bump, "operation-removed")
    renamed_old = _keys(a for a, _ in bump.renamed)
    renamed_new = _keys(b for _, b in bump.renamed)
    assert added | renamed_new == new - old
    assert removed | renamed_old == old - new
    assert not added & renamed_new
    assert not removed & renamed_old
    assert len(renamed_old) == len(renamed_new) == len(bump.renamed)  # one-to-one
    summary = bump.summary()
    assert (summary["operations_added"], summary["operations_removed"]) == (
        len(added),
        len(removed),
    )


def test_the_figures(bump: Report) -> None:
    """docs/apidiff.md quotes these."""
    summary = bump.summary()
    operations = ("operations_added", "operations_removed", "operations_renamed")
    assert [summary[k] for k in operations] == [408, 63, 34]
    assert summary["operations_changed"] == 398
    assert (summary["breaking"], summary["non_breaking"]) == (676, 2146)
    assert summary["rebuild_artifacts"] == 139
    assert {(c.old, c.new) for c in bump.artifacts} == {("string", "string/uuid")}
    assert summary["by_kind"]["operation-id-changed"] == 11  # 39 when matched by path shape
    assert summary["tags_removed"] == [] and len(summary["tags_added"]) == 11


def test_operations_sharing_a_shape_are_all_reported(
    bump: Report, doc_3_66: dict[str, Any], doc_4_202: dict[str, Any]
) -> None:
    shapes: dict[Key, list[str]] = defaultdict(list)
    for method, path in index_operations(doc_4_202):
        shapes[(method, shape(path))].append(path)
    shared = {key: paths for key, paths in shapes.items() if len(paths) > 1}
    assert len(shared) == 34  # /users/{user_id}/… next to /users/{username}/…
    old = set(index_operations(doc_3_66))
    renamed_new = _keys(b for _, b in bump.renamed)
    added = _of(bump, "operation-added")
    for (method, _), paths in shared.items():
        for path in paths:  # in both, paired across a rename, or added: never dropped
            assert (method, path) in old | renamed_new | added, (method, path)


def test_renamed_operations_report_each_renamed_parameter(bump: Report) -> None:
    renamed = [c for c in bump.changes if c.kind == "path-parameter-renamed"]
    expected = sum(
        a != b
        for old, new in bump.renamed
        for a, b in zip(path_parameters(old), path_parameters(new), strict=True)
    )
    assert len(renamed) == expected > 0
    assert all(c.breaking and c.sdk.old_argument and c.sdk.argument for c in renamed)
    # the operation keeps its SDK method: the pairing found the same operationId
    ids = {c.operation for c in bump.changes if c.kind == "operation-id-changed"}
    credentials = {b for _, b in bump.renamed if "/credentials/" in b}
    assert credentials and not credentials & ids


_ENUMISH = re.compile(r"^(enum<|oneOf\(\w*Enum(\|\w*Enum)*\)$)")


def test_no_enum_re_expression_is_a_type_change(bump: Report) -> None:
    type_changes = [c for c in bump.changes if c.kind.endswith("-type-changed")]
    assert not [
        c for c in type_changes if _ENUMISH.match(str(c.old)) and _ENUMISH.match(str(c.new))
    ]


def _without_format(label: object) -> str:
    return re.sub(r"/[\w-]+", "", str(label))


def test_rebuild_artifacts_are_format_changes_apart_from_the_api(bump: Report) -> None:
    artifacts = bump.artifacts
    assert artifacts
    assert all(c.kind.endswith("-format-changed") and not c.breaking for c in artifacts)
    assert set(artifacts).isdisjoint(bump.breaking + bump.non_breaking)
    # no format added or dropped on the same base type is left as a type change
    assert not [
        c
        for c in bump.changes
        if c.kind.endswith("-type-changed")
        and _without_format(c.old) == _without_format(c.new)
        and ("/" in str(c.old)) != ("/" in str(c.new))
    ]


def test_the_changelog_entry_is_short_and_speaks_sdk(bump: Report) -> None:
    text = render_changelog_entry(bump, "2.0.0", bump.new_version, "changes/2.0.0.json")
    assert len(text.splitlines()) < 400
    assert len(text.encode()) < 64_000
    assert text.index("- **Operations**") < text.index("### `ibl.")
    assert "argument `org` renamed `platform_key`" in text
    assert "request." not in text and "response.200" not in text  # no description locations


def test_the_readme_and_docs_show_this_bump_s_summary(bump: Report) -> None:
    """docs/pipeline.md and docs/apidiff.md print the bump's summary line as console output: the
    diff of these descriptions, today (3.66.0 → openapi.yaml, which is tests/data' 4.202.2)."""
    root = Path(__file__).resolve().parents[2]
    assert (root / "openapi.yaml").read_bytes() == (
        root / "tests/data/openapi-4.202.2.yaml"
    ).read_bytes()
    line = bump.summary_line()
    for document in ("docs/pipeline.md", "docs/apidiff.md"):
        shown = [
            text
            for text in (root / document).read_text(encoding="utf-8").splitlines()
            if "API 3.66.0-ai-plus → 4.202.2-ai-plus:" in text and "# prints:" not in text
        ]
        assert shown, f"{document} no longer shows the bump's summary line"
        assert all(text.strip().removeprefix("API diff: ") == line for text in shown), (shown, line)
