"""The generated tree marks exactly the operations that page, the way the description says.

The templates detect pagination from the generator's parsed operations
(templates/ibl_macros.py.jinja, `pagination`); this test re-derives the rule independently from
the description the generator sees (openapi.yaml, overlaid and normalised), and checks every
generated operation module and tag group against it. `make check-generated` keeps the tree
byte-for-byte reproducible.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from scripts import generate, normalise, obtain

API = Path(generate.PACKAGE) / "api"
COUNTS = {"page_number": 64, "limit_offset": 11}
REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    prepared, _, _ = generate.prepare(copy.deepcopy(obtain.from_file(generate.SPEC)))
    return prepared


def resolve(document: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"][len(REF) :]]
    return schema


def page_model(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The one 2xx JSON model, if it is DRF's envelope: required array `results`, int `count`."""
    schemas = [
        resolve(document, (response.get("content") or {}).get("application/json", {}).get("schema"))
        for status, response in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
    ]
    if len(schemas) != 1 or not isinstance(schemas[0], dict):
        return None
    model = schemas[0]
    properties = model.get("properties") or {}
    results = resolve(document, properties.get("results"))
    count = resolve(document, properties.get("count"))
    if (
        isinstance(results, dict)
        and results.get("type") == "array"
        and "results" in (model.get("required") or [])
        and isinstance(count, dict)
        and count.get("type") == "integer"
    ):
        return model
    return None


def expected_styles(document: dict[str, Any]) -> dict[str, str]:
    styles = {}
    for method, _path, operation in normalise.operations(document):
        names = {p["name"] for p in operation.get("parameters") or [] if p.get("in") == "query"}
        if method != "get" or page_model(document, operation) is None:
            continue
        if "page" in names:
            styles[operation["operationId"]] = "page_number"
        elif {"limit", "offset"} <= names:
            styles[operation["operationId"]] = "limit_offset"
    return styles


def generated_styles() -> dict[str, str]:
    styles = {}
    for module in API.glob("*/*.py"):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        match = re.search(r'^PAGINATION = "(\w+)"$', text, re.MULTILINE)
        if match:
            operation_id = re.search(r'^OPERATION_ID = "(\w+)"$', text, re.MULTILINE)
            assert operation_id is not None, module
            styles[operation_id.group(1)] = match.group(1)
    return styles


def test_generated_marks_exactly_the_pageable_operations(document: dict[str, Any]) -> None:
    expected = expected_styles(document)
    assert generated_styles() == expected
    counted = {style: list(expected.values()).count(style) for style in COUNTS}
    assert counted == COUNTS  # the figures docs/pagination.md reports


def test_every_pageable_operation_has_the_expected_shape(document: dict[str, Any]) -> None:
    by_id = {op["operationId"]: (m, op) for m, _p, op in normalise.operations(document)}
    for operation_id, style in generated_styles().items():
        method, operation = by_id[operation_id]
        names = {p["name"] for p in operation.get("parameters") or [] if p.get("in") == "query"}
        assert method == "get", operation_id
        if style == "page_number":
            assert "page" in names, operation_id
        else:
            assert {"limit", "offset"} <= names and "page" not in names, operation_id
        model = page_model(document, operation)
        assert model is not None, operation_id
        assert resolve(document, model["properties"]["results"])["type"] == "array"


def test_each_pageable_operation_has_typed_iter_methods_in_its_tag_group() -> None:
    styles = generated_styles()
    iter_methods: dict[str, int] = {}
    for group in API.glob("*/__init__.py"):
        text = group.read_text(encoding="utf-8")
        for name in re.findall(r"^    def (\w+)_iter\(", text, re.MULTILINE):
            iter_methods[name] = iter_methods.get(name, 0) + 1
        for name, kind, item in re.findall(
            r"^    def (\w+)_iter\(.*?\) -> (AsyncPager|Pager)\[(\w+)\]:", text, re.M | re.S
        ):
            assert name in styles and item, (name, kind)
    assert iter_methods == dict.fromkeys(styles, 2)  # the async and the sync group


def test_the_pageable_shapes_that_are_left_out(document: dict[str, Any]) -> None:
    """Operations with a page-like parameter that do not page the DRF way stay plain."""
    styles = expected_styles(document)
    left = {}
    for method, _path, operation in normalise.operations(document):
        names = {p["name"] for p in operation.get("parameters") or [] if p.get("in") == "query"}
        if names & {"page", "limit", "offset"} and operation["operationId"] not in styles:
            left[operation["operationId"]] = method
    # GET: 35 `{data, pagination}` analytics lists, 5 plain or bare-array answers, a free-form
    # search object, a `data` envelope (PaginatedAssertionsResponse); POST and DELETE that
    # take `page` (catalog management, including catalog_skills_create -> PaginatedSkill).
    methods = list(left.values())
    assert {m: methods.count(m) for m in set(methods)} == {"get": 42, "post": 18, "delete": 15}
    assert "ai_analytics_audience_orgs_active_users_users_retrieve" in left
    assert "credentials_orgs_users_assertions_retrieve" in left
    assert "catalog_skills_create" not in styles
