"""Every number the README and the maintainers' pages state about the API, checked against the
committed description.

Each fact is found in README.md or docs/ by the words around it and compared with what the
description (or the pipeline's own report on it) says today, so a bump that changes a count
fails here, naming the sentence to update, instead of leaving an older version's figure behind. The
``find`` example's output is a checked console block (tests/test_docs_blocks.py) and the API
diff's summary line is checked in tests/apidiff/test_real_bump.py.

Not checked here, because the description does not hold them: what the official wheel holds
(defaults, the properties both major versions share) and benchmark figures (docs/benchmarks.md).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fixtures
import pytest

from ibl_client import _find
from scripts import generate, obtain, overlay

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def description() -> dict[str, Any]:
    """openapi.yaml as committed (before the overlay and the normaliser)."""
    return obtain.from_file(generate.SPEC)


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]


def pagination_styles() -> dict[str, int]:
    """Operations (each once, whatever its tags) per pagination style, from the index the
    generator wrote from the description."""
    _, indexed = _find.load()
    style = {operation.name: operation.pagination for operation in indexed}
    counts: dict[str, int] = {}
    for value in style.values():
        counts[value] = counts.get(value, 0) + 1
    return counts


def models() -> int:
    return len([p for p in (ROOT / "ibl_client/generated/models").glob("*.py") if p.stem[0] != "_"])


def number(text: str) -> int:
    return int(text.replace(",", ""))


# (the documents' words with each stated figure as a group, what each figure is)
FACTS: list[tuple[str, Callable[[], list[Any]]]] = [
    (
        r"all ([\d,]+) operations\s+under (\d+) tags of API \*\*([\d.]+)\*\*",
        lambda: [len(operations(description())), len(description()["tags"]), fixtures.version()],
    ),
    (r"official `iblai` ([\d.]+)", lambda: [fixtures.version()]),
    (
        r"today \*\*API ([\d.]+)\*\*\s+\(`ibl_client.API_VERSION` is `([^`]+)`\)",
        lambda: [fixtures.version(), fixtures.api_version()],
    ),
    (
        r"with ([\d,]+)\s+operations on ([\d,]+) paths under (\d+) tags, ([\d,]+) schemas",
        lambda: [
            len(operations(description())),
            len(description()["paths"]),
            len(description()["tags"]),
            len(description()["components"]["schemas"]),
        ],
    ),
    (
        # No global security in the description: an operation without `security` needs none.
        r"([\d,]+) operations need none",
        lambda: [sum("security" not in op for op in operations(description()))],
    ),
    (
        r"including the ([\d,]+) operations the description lists\s+without security",
        lambda: [sum("security" not in op for op in operations(description()))],
    ),
    (
        r"([\d,]+) operations carry two tags",
        lambda: [sum(len(op.get("tags") or ()) == 2 for op in operations(description()))],
    ),
    (
        r"([\d,]+) of the ([\d,]+) operations have no summary",
        lambda: [
            sum(not op.get("summary") for op in operations(description())),
            len(operations(description())),
        ],
    ),
    (
        r"4\.x adds summaries \((\d+) against (\d+)\)",
        lambda: [
            sum(bool(op.get("summary")) for op in operations(description())),
            sum(
                bool(op.get("summary"))
                for op in operations(obtain.from_file(ROOT / "tests/data/openapi-3.66.0.yaml"))
            ),
        ],
    ),
    (
        r'`"limit_offset"`\). In \S+, (\d+) operations:',
        lambda: [sum(n for style, n in pagination_styles().items() if style)],
    ),
    *(
        (rf"\| `{style}` \|[^\n]*\| (\d+) \|", lambda style=style: [pagination_styles()[style]])
        for style in (
            "page_number",
            "limit_offset",
            "data_pagination",
            "results_data_pagination",
            "rows",
            "data_num_pages",
            "recommendations",
            "bare_list",
        )
    ),
    (
        r"\| `results_pagination`, `learners_pagination` \|[^\n]*\| (\d+), (\d+) \|",
        lambda: [pagination_styles()[s] for s in ("results_pagination", "learners_pagination")],
    ),
    (
        r"bodies offered as JSON, form and multipart \(([\d,]+)\)",
        lambda: [len(fixtures.normaliser_changes()["prefer_json_request_bodies"])],
    ),
    (
        r"request variants `<Name>Request` without them \(([\d,]+)\)",
        lambda: [len(fixtures.normaliser_changes()["split_read_only_request_schemas"])],
    ),
    (
        r"a 204 response declared a JSON body, so every success failed to parse \(([\d,]+)\)",
        lambda: [len(fixtures.normaliser_changes()["no_body_for_204_responses"])],
    ),
    (
        r"copied onto the schema \(([\d,]+)\)",
        lambda: [len(fixtures.normaliser_changes()["parameter_descriptions_on_schemas"])],
    ),
    (
        r"On ([\d.]+), (\d+) of the (\d+) still apply",
        lambda: [
            fixtures.version(),
            sum(not c.startswith(overlay.NOT_APPLIED) for c in fixtures.corrections()),
            len(fixtures.corrections()),
        ],
    ),
    (
        r"does not need ([\d,]+) operations and ([\d,]+) models",
        lambda: [len(operations(description())), models()],
    ),
    (
        r"`--tag ai-analytics` is (\d+) operations",
        lambda: [
            sum("ai-analytics" in (op.get("tags") or ())[:1] for op in operations(description()))
        ],
    ),
]


@pytest.mark.parametrize(("words", "figures"), FACTS, ids=[words for words, _ in FACTS])
def test_the_readme_states_the_description_s_figures(
    words: str, figures: Callable[[], list[Any]]
) -> None:
    stated = [
        (document.relative_to(ROOT), found)
        for document in DOCUMENTS
        for found in re.findall(words, document.read_text(encoding="utf-8"))
    ]
    assert stated, f"no document says {words!r} any more: update this fact's words or remove it"
    expected = [str(f) for f in figures()]
    for document, found in stated:
        found = (found,) if isinstance(found, str) else found
        said = [str(number(f)) if re.fullmatch(r"[\d,]+", f) else f for f in found]
        assert said == expected, f"{document} says {found} where the description gives {expected}"
