"""The CHANGELOG entry (scripts/apidiff/changelog.py): a summary first, then SDK groups and
model classes, in the names the SDK uses."""

from __future__ import annotations

from typing import Any

from scripts.apidiff import diff_specs, render_changelog_entry
from scripts.apidiff.changelog import SHOWN

from .test_rules import JSON, REBUILT, obj, op, param, ref, returns, spec


def entry(old: dict[str, Any], new: dict[str, Any], **options: Any) -> str:
    return render_changelog_entry(diff_specs(old, new, **options), "2.0.0", "2", "changes/2.json")


def section(text: str, title: str) -> str:
    """The lines of one ``###`` section."""
    start = text.index(f"### {title}\n")
    end = text.find("\n### ", start + 1)
    return text[start : end if end > 0 else None]


def ops(*names: str, tag: str = "core", **fields: Any) -> dict[str, Any]:
    return {f"/{n}/": {"get": op(operationId=n, tags=[tag], **fields)} for n in names}


def test_the_summary_comes_first_and_names_the_detail_file() -> None:
    text = entry(spec(ops("a", "b")), spec({**ops("b"), **ops("c", tag="ai-search")}))
    head, _, rest = text.partition("\n### ")
    assert head.startswith(
        "## 2.0.0 — API 2\n\nGenerated from ibl-data-manager API 2 (previously 1)"
    )
    assert "- **Operations**: 1 added, 1 removed, 0 changed" in head
    assert "- **Changes**: 1 breaking, 1 non-breaking." in head
    assert "- **SDK groups**: 1 new (`ibl.ai_search`), 0 removed (none)." in head
    assert "- **Tags**: 1 new (`ai-search`), 0 removed (none)." in head
    assert "every change and where it is in the description: `changes/2.json`" in head
    assert rest.startswith("`ibl.ai_search`")


def test_removed_methods_are_listed_in_full_added_ones_cut() -> None:
    many = [f"m{i:02d}" for i in range(SHOWN + 4)]
    text = entry(spec(ops(*many)), spec(ops(*(f"n{i:02d}" for i in range(SHOWN + 4)))))
    core = section(text, "`ibl.core`")
    assert f"**{SHOWN + 4} methods removed**: " + ", ".join(f"`{m}`" for m in many) in core
    assert f"{SHOWN + 4} methods added: `n00`" in core
    assert "`n07` and 4 more" in core


def test_breaking_calls_use_python_names_and_alike_methods_share_a_line() -> None:
    names = ("a", "b", "c")
    old = spec(ops(*names, parameters=[param("format"), param("type")]) | ops("d"))
    new = spec(
        ops(*names, parameters=[param("type", required=True)]) | ops("d", parameters=[param("q")])
    )
    core = section(entry(old, new), "`ibl.core`")
    assert (
        "- **3 methods**: argument `format_` removed; argument `type_` now required: "
        "`a`, `b`, `c`" in core
    )
    assert "- new optional arguments: `d(q)`" in core


def test_a_method_name_taken_over_by_another_operation_is_said() -> None:
    old = spec({"/x/": {"get": op(operationId="x_get", tags=["core"])}})
    new = spec(
        {
            "/x/": {"get": op(operationId="x_get2", tags=["core"])},
            "/y/{id}/": {"get": op(operationId="x_get", tags=["core"])},
        }
    )
    core = section(entry(old, new), "`ibl.core`")
    assert "**1 method renamed**: `x_get` → `x_get2`" in core
    assert (
        "**`x_get` now calls another operation**, `GET /y/{id}/` (its former one is now `x_get2`)"
        in core
    )
    assert "added" not in core


def test_model_changes_are_told_once_per_model_with_their_users() -> None:
    row_old = obj(a="string", b="string", n={"type": "integer"})
    row_new = obj(a="string", c="string", n={"type": "string"})
    paths = {
        f"/{n}/": {"get": op(operationId=n, tags=["core"], responses=returns(ref("Row")))}
        for n in ("one", "two")
    }
    old = spec(paths, {"Row": row_old})
    new = spec(paths, {"Row": row_new})
    models = section(entry(old, new), "Models")
    assert models.count("\n- ") == 1
    assert (
        "- `Row` — **breaking**: fields removed: `b`; types changed: `n (int → str)` — other: "
        "new fields: `c` (used by `ibl.core.one`, `ibl.core.two`)" in models
    )


def test_rebuild_artifacts_are_only_counted() -> None:
    uuid = {"type": "string", "format": "uuid"}
    old = spec(ops("a", responses=returns(obj(id="string"))), **REBUILT)
    new = spec(ops("a", responses=returns(obj(id=uuid))), **REBUILT)
    text = entry(old, new)
    assert "- **Rebuild artifacts** (1): " in text
    assert "`string` → `string/uuid` (1)" in text
    assert "### `ibl.core`" not in text


def test_an_operation_is_listed_in_every_group_it_is_a_method_of() -> None:
    added = {"/a/": {"get": op(operationId="a", tags=["ai-analytics", "analytics"])}}
    one_group = entry(spec(), spec(added))
    every_group = entry(spec(), spec(added), all_tags=True)
    assert "### `ibl.analytics`" not in one_group
    assert "Not an SDK group (never a first tag): `analytics`." in one_group
    for text in (one_group, every_group):
        assert "- 1 method added: `a`" in section(text, "`ibl.ai_analytics`")
    assert "- 1 method added: `a`" in section(every_group, "`ibl.analytics`")


def test_a_moved_module_is_told_in_its_old_folders_group() -> None:
    old = spec({"/a/": {"get": op(operationId="a", tags=["core", "search"])}})
    new = spec({"/a/": {"get": op(operationId="a", tags=["search", "core"])}})
    text = entry(old, new, all_tags=True)
    assert (
        "- **1 module moved** to another `generated/api/` folder (a new first tag): "
        "`a → search`" in section(text, "`ibl.core`")
    )
    assert "### `ibl.search`" not in text  # still a method of both groups


def test_request_media_types_added_are_only_counted() -> None:
    body = {"content": {JSON: {"schema": obj(a="string")}}}
    more = {
        "content": {
            JSON: {"schema": obj(a="string")},
            "application/scim+json": {"schema": obj(a="string")},
        }
    }
    text = entry(spec(ops("a", requestBody=body)), spec(ops("a", requestBody=more)))
    assert "- **Request media types** added to 1 operation (`application/scim+json` (1)): " in text
    assert "### `ibl.core`" not in text
