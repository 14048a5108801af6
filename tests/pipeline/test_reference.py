"""The API reference (docs/reference/), generated with the SDK from the generator's parsed
description: checked on the mini SDK (its pages and links) and on the committed one (a page
for every tag, a section for every operation, in step with the tree)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from types import ModuleType

import pytest

from scripts import generate, reference, verify

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([\w-]+\.md)#([\w-]+)\)")


@pytest.fixture(scope="module")
def pages(mini_sdk: ModuleType) -> Path:
    return Path(mini_sdk.__file__).parent / "reference"  # inside the package (--output)


def anchors(page: Path) -> set[str]:
    return {line[3:].strip().lower() for line in page.read_text().splitlines() if line[:3] == "## "}


def test_every_link_points_at_a_page_and_a_heading(pages: Path) -> None:
    checked = 0
    for page in pages.glob("*.md"):
        for target, anchor in LINK.findall(page.read_text(encoding="utf-8")):
            assert anchor in anchors(pages / target), (page.name, target, anchor)
            checked += 1
    assert checked > 10


def test_an_operation_has_its_calls_endpoint_arguments_and_models(pages: Path) -> None:
    text = (pages / "ai_analytics.md").read_text(encoding="utf-8")
    section = text.split("## analytics_time_spent_user_retrieve", 1)[1]
    assert "`GET /api/analytics/time-spent/user/`" in section
    assert "Get total time spent for current user" in section
    assert "await ibl.ai_analytics.analytics_time_spent_user_retrieve(url_=..." in section
    assert "ibl.ai_analytics.analytics_time_spent_user_retrieve_detailed(" in section
    # The Python name, where it differs the wire name, the type, the default, the description.
    assert "| `url_` | query `url` | `str` | not sent |" in section
    assert "| `include_main_platform` | query | `bool` | `True` |" in section
    assert "First day counted \\| inclusive (YYYY-MM-DD) |" in section
    assert "**Returns**: [`TimeSpent`](models-t.md#timespent)" in section
    core = (pages / "core.md").read_text(encoding="utf-8")
    assert "async for item in ibl.core.core_orgs_items_list_iter(...):  # every Item" in core
    assert "**Body** (`body=`, required): [`ItemRequest`](models-i.md#itemrequest)" in core
    assert "**Pages** (page number)" in core


def test_the_models_pages_list_fields_and_enumerations(pages: Path) -> None:
    items = (pages / "models-i.md").read_text(encoding="utf-8")
    assert (
        "| `visibility` |  | [`VisibilityEnum`](models-v.md#visibilityenum) (optional) |" in items
    )
    enums = (pages / "models-v.md").read_text(encoding="utf-8")
    assert "`''`, `'True'`, `'false'`, `'public'`, `'true'`" in enums


def test_a_multi_tag_operation_is_in_both_tags_pages(pages: Path) -> None:
    other = (pages / "analytics.md").read_text(encoding="utf-8")
    assert "## analytics_time_spent_user_retrieve" in other
    assert (
        "Also in [`ibl.ai_analytics`](ai_analytics.md#analytics_time_spent_user_retrieve)" in other
    )
    index = (pages / "README.md").read_text(encoding="utf-8")
    assert "4 operations under 3 tags" in index


def test_the_pages_and_the_index_say_they_are_generated(pages: Path, mini_sdk: ModuleType) -> None:
    for page in pages.glob("*.md"):
        assert page.read_text(encoding="utf-8").startswith(f"<!-- {reference.GENERATED} -->")
    index = Path(mini_sdk.__file__).parent / "generated" / reference.INDEX
    assert reference.GENERATED in gzip.decompress(index.read_bytes()).decode().splitlines()[0]


def test_the_committed_reference_has_every_tag_and_operation() -> None:
    folder = ROOT / "docs" / "reference"
    from ibl_client.generated.api import TAGS

    assert {p.stem for p in folder.glob("*.md") if not p.stem.startswith("models-")} == {
        "README",
        *TAGS,
    }
    for module in verify.generated_operations(generate.PACKAGE).values():
        home = folder / f"{module.parent.name}.md"
        assert f"\n## {module.stem}\n" in home.read_text(encoding="utf-8"), module
