"""The generated tree marks exactly the operations that page, the way the description says.

The templates detect pagination from the generator's parsed operations
(templates/ibl_macros.py.jinja, `pagination`); this test re-derives the rule independently from
the description the generator sees (openapi.yaml, overlaid and normalised), and checks every
generated operation module and tag group against it. `make check-generated` keeps the tree
byte-for-byte reproducible.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import fixtures
import pytest

from ibl_client._envelopes import ENVELOPES
from scripts import generate, normalise, paging

API = Path(generate.PACKAGE) / "api"
REF = "#/components/schemas/"
#: The three styles the SDK had before the table of envelopes; their rule is re-derived here
#: independently (`expected_style`), and must still mark exactly the same operations.
STYLES = ("page_number", "limit_offset", "data_pagination")
#: Every style of the table (ibl_client/_envelopes.py).
ALL_STYLES = tuple(envelope.name for envelope in ENVELOPES)

#: How many operations page, by style, in each API version (the README's "Pagination" section
#: reports the committed version's figures); styles with none are left out.
COUNTS = {
    "3.66.0": {
        "page_number": 66,
        "limit_offset": 11,
        "data_pagination": 34,
        "data_num_pages": 2,
        "bare_list": 2,
    },
    "4.202.2": {
        "page_number": 81,
        "limit_offset": 25,
        "data_pagination": 34,
        "results_pagination": 3,
        "learners_pagination": 2,
        "results_data_pagination": 1,
        "rows": 1,
        "data_num_pages": 4,
        "recommendations": 1,
        "bare_list": 2,
    },
}

#: Operations with a page-like query parameter (`page`, `limit`, `offset`) that do not page, in
#: each API version: how many by method, and the GETs by name. (Before the table of envelopes,
#: 8 GETs in 3.66.0 and 19 in 4.202.2.)
LEFT_OUT: dict[str, tuple[dict[str, int], list[str]]] = {
    # GET: two single objects, a free-form search object, two undocumented bodies, a role (one
    # object with an array of skills); POST and DELETE of the catalog management endpoints,
    # which take `page`.
    "3.66.0": (
        {"get": 5, "post": 18, "delete": 15},
        [
            "catalog_enrollment_courses_search_retrieve",
            "catalog_roles_retrieve",
            "credentials_orgs_users_course_credentials_list",
            "media_orgs_users_media_media_resources_list",
            "search_personalized_catalog_retrieve",
        ],
    ),
    # GET: the five of 3.66.0, a second copy of the course-credentials list, and the
    # per-user analytics details (one object).
    "4.202.2": (
        {"get": 7, "post": 19, "delete": 15},
        [
            "analytics_users_details_retrieve",
            "catalog_enrollment_courses_search_retrieve",
            "catalog_roles_retrieve",
            "credentials_orgs_users_course_credentials_list",
            "credentials_orgs_users_course_credentials_list2",
            "media_orgs_users_media_media_resources_list",
            "search_personalized_catalog_retrieve",
        ],
    ),
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """The description as the generator saw it (shared, read-only: tests/fixtures.py)."""
    return fixtures.prepared()


def resolve(document: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"][len(REF) :]]
    return schema


def ok_model(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's one 2xx JSON model, if it has exactly one and it has properties."""
    schemas = [
        resolve(document, (response.get("content") or {}).get("application/json", {}).get("schema"))
        for status, response in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
    ]
    if len(schemas) != 1 or not isinstance(schemas[0], dict) or "properties" not in schemas[0]:
        return None
    return schemas[0]


def is_drf_envelope(document: dict[str, Any], model: dict[str, Any]) -> bool:
    """DRF's envelope: a required array `results` and an integer `count`."""
    results = resolve(document, model["properties"].get("results"))
    count = resolve(document, model["properties"].get("count"))
    return (
        isinstance(results, dict)
        and results.get("type") == "array"
        and "results" in (model.get("required") or [])
        and isinstance(count, dict)
        and count.get("type") == "integer"
    )


def is_data_pagination(document: dict[str, Any], model: dict[str, Any]) -> bool:
    """The analytics lists' envelope: an array `data` (optional in the description) and a
    required object `pagination` that requires `currentPage` and `totalPages`."""
    data = resolve(document, model["properties"].get("data"))
    totals = resolve(document, model["properties"].get("pagination"))
    return (
        isinstance(data, dict)
        and data.get("type") == "array"
        and "pagination" in (model.get("required") or [])
        and isinstance(totals, dict)
        and {"currentPage", "totalPages"} <= set(totals.get("required") or [])
    )


def query_names(operation: dict[str, Any]) -> set[str]:
    return {p["name"] for p in operation.get("parameters") or [] if p.get("in") == "query"}


def expected_style(document: dict[str, Any], method: str, operation: dict[str, Any]) -> str:
    model = ok_model(document, operation)
    names = query_names(operation)
    if method != "get" or model is None:
        return ""
    if is_drf_envelope(document, model):
        if "page" in names:
            return "page_number"
        if {"limit", "offset"} <= names:
            return "limit_offset"
    elif is_data_pagination(document, model) and "page" in names:
        return "data_pagination"
    return ""


def expected_styles(document: dict[str, Any]) -> dict[str, str]:
    styles = {}
    for method, _path, operation in normalise.operations(document):
        style = expected_style(document, method, operation)
        if style:
            styles[operation["operationId"]] = style
    return styles


def generated_styles() -> dict[str, str]:
    styles = {}
    for module in API.glob("*/*.py"):
        if module.name.startswith("_"):  # a tag's `__init__` and its group module
            continue
        text = module.read_text(encoding="utf-8")
        match = re.search(r'^PAGINATION = "(\w+)"$', text, re.MULTILINE)
        if match:
            operation_id = re.search(r'^OPERATION: .*? = Operation\(\s*"(\w+)"', text, re.M | re.S)
            assert operation_id is not None, module
            styles[operation_id.group(1)] = match.group(1)
    return styles


def test_generated_marks_exactly_the_pageable_operations(document: dict[str, Any]) -> None:
    """The tree pages exactly what the table says (scripts/paging.py), and the three styles
    of before still mark exactly the operations their own rule (re-derived here) marks."""
    generated = generated_styles()
    assert generated == {op: plan["style"] for op, plan in paging.plan(document).items()}
    before = {op: s for op, s in generated.items() if s in STYLES}
    expected = expected_styles(document)
    assert {op: before.get(op) for op in expected} == expected
    # Besides: DRF envelopes of operations with no paging parameter (asked in extra_query).
    queries = {op["operationId"]: query_names(op) for _m, _p, op in normalise.operations(document)}
    for operation_id in set(before) - set(expected):
        assert not queries[operation_id] & paging.PAGING_PARAMETERS, operation_id


def test_the_number_of_pageable_operations_of_each_style(document: dict[str, Any]) -> None:
    counts = fixtures.for_version(COUNTS, "pageable-operation counts")
    found = Counter(generated_styles().values())
    assert dict(found) == counts
    assert set(found) <= set(ALL_STYLES)


def test_every_pageable_operation_has_the_expected_shape(document: dict[str, Any]) -> None:
    by_id = {op["operationId"]: (m, op) for m, _p, op in normalise.operations(document)}
    for operation_id, style in generated_styles().items():
        if style not in STYLES:
            continue  # the table's newer styles: test_envelopes.py walks one of each
        method, operation = by_id[operation_id]
        names = query_names(operation)
        model = ok_model(document, operation)
        assert method == "get" and model is not None, operation_id
        if not names & paging.PAGING_PARAMETERS:  # asked in extra_query
            assert style == "page_number" and is_drf_envelope(document, model), operation_id
        elif style == "page_number":
            assert "page" in names and is_drf_envelope(document, model), operation_id
        elif style == "limit_offset":
            assert {"limit", "offset"} <= names and "page" not in names, operation_id
            assert is_drf_envelope(document, model), operation_id
        else:
            assert style == "data_pagination", operation_id
            assert {"page", "length"} <= names, operation_id  # `length` is the page size
            assert is_data_pagination(document, model), operation_id
            totals = resolve(document, model["properties"]["pagination"])
            assert set(totals["required"]) == {"totalItems", "currentPage", "perPage", "totalPages"}
            assert set(model["properties"]) in (
                {"data", "pagination"},
                {"data", "meta", "pagination"},
            )


def test_each_pageable_operation_has_typed_iter_methods_in_its_tag_group() -> None:
    """In every group of the operation's tags: an async ``_iter`` with its item type, and the
    sync group's twin of it (ibl_client/_groups.py)."""
    styles = generated_styles()
    async_iters: Counter[str] = Counter()
    sync_iters: Counter[str] = Counter()
    for group in API.glob("*/_group.py"):
        text = group.read_text(encoding="utf-8")
        for name, item in re.findall(
            r"^    def (\w+)_iter\(.*?\) -> AsyncPager\[(\w+)\]:", text, re.M | re.S
        ):
            assert name in styles and item, name
            async_iters[name] += 1
        twins = re.findall(
            r"^    (\w+)_iter: Final = twin\(\s*Async\w+Api\.\1_iter\s*\)$", text, re.M
        )
        sync_iters.update(twins)
    assert set(async_iters) == set(styles)
    assert sync_iters == async_iters


def test_the_pageable_shapes_that_are_left_out(document: dict[str, Any]) -> None:
    """Operations with a page-like parameter whose answer is not a page of a known style."""
    styles = generated_styles()
    left: dict[str, str] = {}
    for method, _path, operation in normalise.operations(document):
        paged = query_names(operation) & {"page", "limit", "offset"}
        if paged and operation["operationId"] not in styles:
            left[operation["operationId"]] = method
    # Whatever the version: an operation that is not a GET never pages, even when it takes
    # `page` and answers DRF's envelope (catalog_skills_create in 3.66.0: a POST is not a walk).
    drf_but_not_get = [
        operation["operationId"]
        for method, _path, operation in normalise.operations(document)
        if method != "get"
        and "page" in query_names(operation)
        and (model := ok_model(document, operation)) is not None
        and is_drf_envelope(document, model)
    ]
    assert set(drf_but_not_get) <= set(left)
    by_method, gets = fixtures.for_version(LEFT_OUT, "left-out page-like operations")
    methods = list(left.values())
    assert {m: methods.count(m) for m in set(methods)} == by_method
    assert sorted(op for op, method in left.items() if method == "get") == gets
