"""Tests for scripts.apidiff: one synthetic pair of descriptions per classification rule,
the machinery that makes them reachable ($ref, wrappers, cycles, matching), the versioning
rule, rendering, the CLI, and a real diff of two official releases.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

import scripts.apidiff
from scripts.apidiff import (
    RULES,
    Report,
    diff_specs,
    next_sdk_version,
    render_changelog_entry,
    render_json,
    render_markdown,
)
from scripts.apidiff.__main__ import load_spec, main
from scripts.apidiff.rules import rules_table

ROOT = Path(__file__).resolve().parents[2]
JSON = "application/json"

# --------------------------------------------------------------------------- builders


def spec(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    version: str = "1",
    **top: Any,
) -> dict[str, Any]:
    """A minimal OpenAPI 3.0.3 document."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": version},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
        **top,
    }


def op(**fields: Any) -> dict[str, Any]:
    """An operation with a bare 200 response unless told otherwise."""
    return {
        "operationId": "x_op",
        "tags": ["x"],
        "responses": {"200": {"description": "ok"}},
        **fields,
    }


def one(
    operation: dict[str, Any], schemas: dict[str, Any] | None = None, **top: Any
) -> dict[str, Any]:
    """A document with a single ``POST /x/`` operation."""
    return spec({"/x/": {"post": operation}}, schemas, **top)


def param(name: str, where: str = "query", required: bool = False, **schema: Any) -> dict[str, Any]:
    """A parameter; ``schema`` defaults to string."""
    return {"name": name, "in": where, "required": required, "schema": schema or {"type": "string"}}


def body(schema: dict[str, Any], required: bool = True, *media: str) -> dict[str, Any]:
    """A request body with one schema under each media type (JSON by default)."""
    return {"required": required, "content": {m: {"schema": schema} for m in media or (JSON,)}}


def returns(schema: dict[str, Any], code: str = "200", *media: str) -> dict[str, Any]:
    """A ``responses`` map with one schema-bearing status."""
    return {
        code: {"description": "ok", "content": {m: {"schema": schema} for m in media or (JSON,)}}
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    """An object schema; a property value of ``str`` is shorthand for ``{type: str}``."""
    props = {k: {"type": v} if isinstance(v, str) else v for k, v in properties.items()}
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    return schema


def req_pair(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Old/new documents whose ``POST /x/`` body is the component ``Req`` (followed by $ref)."""
    return (
        one(op(requestBody=body(ref("Req"))), {"Req": old}),
        one(op(requestBody=body(ref("Req"))), {"Req": new}),
    )


def resp_pair(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Old/new documents whose ``POST /x/`` 200 response is the component ``Out``."""
    return (
        one(op(responses=returns(ref("Out"))), {"Out": old}),
        one(op(responses=returns(ref("Out"))), {"Out": new}),
    )


def found(old: dict[str, Any], new: dict[str, Any], **options: Any) -> set[tuple[str, bool, str]]:
    """What a diff reports, reduced to (kind, breaking, location)."""
    return {(c.kind, c.breaking, c.location) for c in diff_specs(old, new, **options).changes}


def rebuilt(*docs: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The documents, marked as rebuilt from a generated client."""
    return tuple({**doc, **REBUILT} for doc in docs)


REBUILT: dict[str, Any] = {"x-rebuilt-from": {"package": "iblai", "version": "0"}}
STATUS: dict[str, Any] = {"type": "string", "enum": ["draft", "live"]}
STATUS_MORE: dict[str, Any] = {"type": "string", "enum": ["draft", "live", "archived"]}
JWT: list[dict[str, Any]] = [{"jwtAuth": []}]

# --------------------------------------------------------------------------- one case per rule
# (kind, old document, new document, expected location). Each case must produce exactly one
# change, of that kind, with the breaking flag the rules table gives — asserted explicitly
# below so that a silent edit of the table fails here too.

CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    # operations
    ("operation-added", spec(), one(op()), ""),
    ("operation-removed", one(op()), spec(), ""),
    ("operation-id-changed", one(op(operationId="a")), one(op(operationId="b")), ""),
    ("operation-deprecated", one(op()), one(op(deprecated=True)), ""),
    (
        "path-parameter-renamed",
        spec({"/x/{id}/": {"get": op(parameters=[param("id", "path", True)])}}),
        spec({"/x/{pk}/": {"get": op(parameters=[param("pk", "path", True)])}}),
        "request.path.pk",
    ),
    # security
    ("security-required", one(op()), one(op(security=JWT)), ""),
    ("security-required", one(op(security=[*JWT, {}])), one(op(security=JWT)), ""),
    ("security-removed", one(op(security=JWT)), one(op(security=[])), ""),
    ("security-removed", one(op(), security=JWT), one(op(security=[*JWT, {}]), security=JWT), ""),
    (
        "security-alternative-added",
        one(op(security=JWT)),
        one(op(security=[*JWT, {"apiKey": []}])),
        "",
    ),
    (
        "security-alternative-removed",
        one(op(), security=[*JWT, {"apiKey": []}]),
        one(op(), security=JWT),
        "",
    ),
    # parameters
    ("parameter-added", one(op()), one(op(parameters=[param("q")])), "request.query.q"),
    (
        "parameter-added-required",
        one(op()),
        one(op(parameters=[param("X-Org", "header", True)])),
        "request.header.X-Org",
    ),
    ("parameter-removed", one(op(parameters=[param("q")])), one(op()), "request.query.q"),
    (
        "parameter-made-required",
        one(op(parameters=[param("q")])),
        one(op(parameters=[param("q", required=True)])),
        "request.query.q",
    ),
    (
        "parameter-made-optional",
        one(op(parameters=[param("q", required=True)])),
        one(op(parameters=[param("q")])),
        "request.query.q",
    ),
    (
        "parameter-type-changed",
        one(op(parameters=[param("page", type="integer")])),
        one(op(parameters=[param("page", type="string")])),
        "request.query.page",
    ),
    (
        "parameter-type-changed",
        one(op(parameters=[param("since", type="string", format="date")])),
        one(op(parameters=[param("since", type="string", format="date-time")])),
        "request.query.since",
    ),
    (
        "parameter-type-changed",
        one(op(parameters=[param("ids", type="array", items={"type": "integer"})])),
        one(op(parameters=[param("ids", type="array", items={"type": "string"})])),
        "request.query.ids",
    ),
    (
        "parameter-format-changed",  # only between rebuilt descriptions
        one(op(parameters=[param("id")]), **REBUILT),
        one(op(parameters=[param("id", type="string", format="uuid")]), **REBUILT),
        "request.query.id",
    ),
    (
        "parameter-format-changed",
        one(op(parameters=[param("ids", type="array", items={"type": "integer"})]), **REBUILT),
        one(
            op(
                parameters=[
                    param("ids", type="array", items={"type": "integer", "format": "int64"})
                ]
            ),
            **REBUILT,
        ),
        "request.query.ids",
    ),
    (
        "parameter-enum-value-added",
        one(op(parameters=[param("s", **STATUS)])),
        one(op(parameters=[param("s", **STATUS_MORE)])),
        "request.query.s",
    ),
    (
        "parameter-enum-value-removed",
        one(op(parameters=[param("s", **STATUS_MORE)])),
        one(op(parameters=[param("s", **STATUS)])),
        "request.query.s",
    ),
    # request body
    (
        "request-body-added",
        one(op()),
        one(op(requestBody=body(obj(a="string"), False))),
        "request.body",
    ),
    (
        "request-body-added-required",
        one(op()),
        one(op(requestBody=body(obj(a="string")))),
        "request.body",
    ),
    ("request-body-removed", one(op(requestBody=body(obj(a="string")))), one(op()), "request.body"),
    (
        "request-body-made-required",
        one(op(requestBody=body(obj(a="string"), False))),
        one(op(requestBody=body(obj(a="string"), True))),
        "request.body",
    ),
    (
        "request-body-made-optional",
        one(op(requestBody=body(obj(a="string"), True))),
        one(op(requestBody=body(obj(a="string"), False))),
        "request.body",
    ),
    (
        "request-media-type-added",
        one(op(requestBody=body(obj(a="string"), True, JSON))),
        one(op(requestBody=body(obj(a="string"), True, JSON, "multipart/form-data"))),
        "request.body",
    ),
    (
        "request-media-type-removed",
        one(op(requestBody=body(obj(a="string"), True, JSON, "multipart/form-data"))),
        one(op(requestBody=body(obj(a="string"), True, JSON))),
        "request.body",
    ),
    # request body schema
    (
        "request-property-added",
        *req_pair(obj(a="string"), obj(a="string", b="string")),
        "request.body.b",
    ),
    (
        "request-property-added-required",
        *req_pair(obj(a="string"), obj(("b",), a="string", b="string")),
        "request.body.b",
    ),
    (
        "request-property-removed",
        *req_pair(obj(a="string", b="string"), obj(a="string")),
        "request.body.b",
    ),
    (
        "request-property-made-required",
        *req_pair(obj(a="string"), obj(("a",), a="string")),
        "request.body.a",
    ),
    (
        "request-property-made-optional",
        *req_pair(obj(("a",), a="string"), obj(a="string")),
        "request.body.a",
    ),
    (
        "request-made-nullable",
        *req_pair(obj(a="string"), obj(a={"type": "string", "nullable": True})),
        "request.body.a",
    ),
    (
        "request-made-non-nullable",
        *req_pair(obj(a={"type": "string", "nullable": True}), obj(a="string")),
        "request.body.a",
    ),
    ("request-type-changed", *req_pair(obj(a="string"), obj(a="integer")), "request.body.a"),
    (
        "request-type-changed",
        *req_pair(obj(a="string"), obj(a=STATUS)),  # str → a generated Literal type
        "request.body.a",
    ),
    (
        "request-format-changed",
        *rebuilt(*req_pair(obj(a="string"), obj(a={"type": "string", "format": "uri"}))),
        "request.body.a",
    ),
    (
        "request-enum-value-added",
        *req_pair(obj(s=STATUS), obj(s=STATUS_MORE)),
        "request.body.s",
    ),
    (
        "request-enum-value-removed",
        *req_pair(obj(s=STATUS_MORE), obj(s=STATUS)),
        "request.body.s",
    ),
    # responses
    (
        "response-status-added",
        one(op()),
        one(op(responses={"200": {"description": "ok"}, "404": {"description": "no"}})),
        "response.404",
    ),
    (
        "response-status-removed",
        one(op(responses={"200": {"description": "ok"}, "201": {"description": "ok"}})),
        one(op()),
        "response.201",
    ),
    (
        "response-media-type-added",
        one(op(responses=returns(obj(a="string")))),
        one(op(responses=returns(obj(a="string"), "200", JSON, "text/csv"))),
        "response.200.body",
    ),
    (
        "response-media-type-removed",
        one(op(responses=returns(obj(a="string"), "200", JSON, "text/csv"))),
        one(op(responses=returns(obj(a="string")))),
        "response.200.body",
    ),
    # response body schema
    (
        "response-property-added",
        *resp_pair(obj(a="string"), obj(a="string", b="string")),
        "response.200.body.b",
    ),
    (
        "response-property-added",  # required or not, new output never breaks
        *resp_pair(obj(a="string"), obj(("b",), a="string", b="string")),
        "response.200.body.b",
    ),
    (
        "response-property-removed",
        *resp_pair(obj(a="string", b="string"), obj(a="string")),
        "response.200.body.b",
    ),
    (
        "response-property-made-required",
        *resp_pair(obj(a="string"), obj(("a",), a="string")),
        "response.200.body.a",
    ),
    (
        "response-property-made-optional",
        *resp_pair(obj(("a",), a="string"), obj(a="string")),
        "response.200.body.a",
    ),
    (
        "response-made-nullable",
        *resp_pair(obj(a="string"), obj(a={"type": "string", "nullable": True})),
        "response.200.body.a",
    ),
    (
        "response-made-non-nullable",
        *resp_pair(obj(a={"type": "string", "nullable": True}), obj(a="string")),
        "response.200.body.a",
    ),
    (
        "response-type-changed",
        *resp_pair(obj(a={"type": "string"}), obj(a={"type": "string", "format": "uuid"})),
        "response.200.body.a",
    ),
    (
        "response-type-changed",
        *resp_pair(obj(a="string"), {"type": "array", "items": {"type": "string"}}),
        "response.200.body",
    ),
    (
        "response-format-changed",
        *rebuilt(*resp_pair(obj(a="string"), obj(a={"type": "string", "format": "uuid"}))),
        "response.200.body.a",
    ),
    (
        "response-format-changed",
        *rebuilt(*resp_pair(obj(n={"type": "number", "format": "double"}), obj(n="number"))),
        "response.200.body.n",
    ),
    (
        "response-enum-value-added",
        *resp_pair(obj(s=STATUS), obj(s=STATUS_MORE)),
        "response.200.body.s",
    ),
    (
        "response-enum-value-removed",
        *resp_pair(obj(s=STATUS_MORE), obj(s=STATUS)),
        "response.200.body.s",
    ),
]

# The decided classification, restated independently of rules.py.
EXPECTED_BREAKING = {
    "operation-added": False,
    "operation-removed": True,
    "operation-id-changed": True,
    "operation-module-moved": True,
    "operation-group-removed": True,
    "operation-group-added": False,
    "path-parameter-renamed": True,
    "operation-deprecated": False,
    "security-required": True,
    "security-removed": False,
    "security-alternative-added": False,
    "security-alternative-removed": True,
    "parameter-added": False,
    "parameter-added-required": True,
    "parameter-removed": True,
    "parameter-made-required": True,
    "parameter-made-optional": False,
    "parameter-type-changed": True,
    "parameter-format-changed": False,
    "parameter-enum-value-added": False,
    "parameter-enum-value-removed": True,
    "request-body-added": False,
    "request-body-added-required": True,
    "request-body-removed": True,
    "request-body-made-required": True,
    "request-body-made-optional": False,
    "request-media-type-added": False,
    "request-media-type-removed": True,
    "request-property-added": False,
    "request-property-added-required": True,
    "request-property-removed": True,
    "request-property-made-required": True,
    "request-property-made-optional": False,
    "request-made-nullable": False,
    "request-made-non-nullable": True,
    "request-type-changed": True,
    "request-format-changed": False,
    "request-enum-value-added": False,
    "request-enum-value-removed": True,
    "response-status-added": False,
    "response-status-removed": True,
    "response-media-type-added": False,
    "response-media-type-removed": True,
    "response-property-added": False,
    "response-property-removed": True,
    "response-property-made-required": False,
    "response-property-made-optional": True,
    "response-made-nullable": True,
    "response-made-non-nullable": False,
    "response-type-changed": True,
    "response-format-changed": False,
    "response-enum-value-added": False,  # unknown response enum values are kept
    "response-enum-value-removed": True,
}


@pytest.mark.parametrize(
    ("kind", "old", "new", "location"),
    CASES,
    ids=[f"{i:02d}-{case[0]}" for i, case in enumerate(CASES)],
)
def test_rule(kind: str, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
    assert found(old, new) == {(kind, EXPECTED_BREAKING[kind], location)}


# With generate_all_tags the SDK has an operation in every tag's group, so it can join or
# leave one group alone (without it, see test_a_changed_first_tag_moves_the_method).
ALL_TAGS_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("operation-group-removed", one(op(tags=["a", "b"])), one(op(tags=["a"])), ""),
    ("operation-module-moved", one(op(tags=["a", "b"])), one(op(tags=["b", "a"])), ""),
    ("operation-group-added", one(op(tags=["a"])), one(op(tags=["a", "b"])), ""),
]


def test_a_changed_first_tag_moves_the_method() -> None:
    """Without generate_all_tags a method is in its first tag's group only."""
    old, new = one(op(tags=["a", "z"])), one(op(tags=["b", "a"]))
    assert {(c.kind, c.old, c.new) for c in diff_specs(old, new).changes} == {
        ("operation-group-removed", "a", None),  # the module under generated/api/a/ with it
        ("operation-group-added", None, "b"),
    }
    assert found(one(op(tags=["a", "z"])), one(op(tags=["a", "y"]))) == set()  # no group moves


@pytest.mark.parametrize(("kind", "old", "new", "location"), ALL_TAGS_CASES)
def test_rule_with_all_tags(
    kind: str, old: dict[str, Any], new: dict[str, Any], location: str
) -> None:
    assert found(old, new, all_tags=True) == {(kind, EXPECTED_BREAKING[kind], location)}


ARTIFACTS = {"parameter-format-changed", "request-format-changed", "response-format-changed"}


def test_every_rule_has_a_case_and_a_decision() -> None:
    covered = {case[0] for case in [*CASES, *ALL_TAGS_CASES]}
    assert covered == set(RULES) == set(EXPECTED_BREAKING)
    assert {k: r.breaking for k, r in RULES.items()} == EXPECTED_BREAKING
    assert {k for k, r in RULES.items() if r.category == "rebuild-artifact"} == ARTIFACTS


def test_rules_table_is_in_the_docs_and_the_docstring() -> None:
    docs = (ROOT / "docs" / "apidiff.md").read_text(encoding="utf-8")
    assert rules_table() in docs
    doc = scripts.apidiff.__doc__ or ""
    for kind, item in RULES.items():
        verdict = "yes" if item.breaking else "no"
        assert re.search(rf"^\s+{re.escape(kind)}\s+{verdict}\b", doc, re.M), kind


def test_identical_documents_have_no_changes() -> None:
    doc = one(op(parameters=[param("q")], requestBody=body(ref("Req"))), {"Req": obj(a="string")})
    assert diff_specs(doc, copy.deepcopy(doc)).changes == ()


# --------------------------------------------------------------------------- machinery


def test_change_values_and_message() -> None:
    old, new = req_pair(obj(s=STATUS), obj(s=STATUS_MORE))
    (change,) = diff_specs(old, new).changes
    assert (change.operation, change.old, change.new) == ("POST /x/", None, "archived")
    assert change.message == "request value `request.body.s` accepts new value 'archived'"


def test_parameters_are_followed_through_refs_and_path_items() -> None:
    components = {"parameters": {"Q": param("q")}}
    old = spec({"/x/": {"parameters": [{"$ref": "#/components/parameters/Q"}], "get": op()}})
    old["components"].update(components)
    new = spec({"/x/": {"get": op(parameters=[param("q", required=True)])}})
    assert found(old, new) == {("parameter-made-required", True, "request.query.q")}


def test_renamed_path_parameter_is_a_change_of_the_operation() -> None:
    old = spec({"/x/{id}/": {"get": op(parameters=[param("id", "path", True)])}})
    new = spec(
        {"/x/{type}/": {"get": op(parameters=[param("type", "path", True, type="integer")])}}
    )
    report = diff_specs(old, new)
    assert {(c.kind, c.location, c.old, c.new) for c in report.changes} == {
        ("path-parameter-renamed", "request.path.type", "id", "type"),
        ("parameter-type-changed", "request.path.type", "string", "integer"),
    }
    assert {c.operation for c in report.changes} == {"GET /x/{type}/"}
    assert report.renamed == (("GET /x/{id}/", "GET /x/{type}/"),)
    renamed = next(c for c in report.changes if c.kind == "path-parameter-renamed")
    assert (renamed.sdk.old_argument, renamed.sdk.argument) == ("id", "type_")


def _labels(report: Report, kind: str) -> set[str]:
    return {c.operation for c in report.changes if c.kind == kind}


def _paths(*paths: str) -> dict[str, Any]:
    return spec({p: {"get": op(operationId=f"o{i}")} for i, p in enumerate(paths)})


def test_operations_sharing_a_shape_in_one_document_are_never_merged() -> None:
    report = diff_specs(_paths("/u/{user_id}/"), _paths("/u/{user_id}/", "/u/{username}/"))
    assert _labels(report, "operation-added") == {"GET /u/{username}/"}
    assert not report.renamed
    assert report.summary()["operations_removed"] == 0


def test_a_rename_goes_to_the_candidate_keeping_the_most_parameter_names() -> None:
    old = _paths("/o/{org}/u/{user_id}/")
    new = _paths("/o/{key}/u/{user_id}/", "/o/{key}/u/{username}/")
    report = diff_specs(old, new)
    assert report.renamed == (("GET /o/{org}/u/{user_id}/", "GET /o/{key}/u/{user_id}/"),)
    assert _labels(report, "operation-added") == {"GET /o/{key}/u/{username}/"}
    assert not _labels(report, "operation-removed")


@pytest.mark.parametrize(
    ("old_paths", "new_paths"),
    [
        (("/u/{id}/",), ("/u/{a}/", "/u/{b}/")),  # two equally good candidates
        (("/u/{a}/", "/u/{b}/"), ("/u/{c}/",)),  # two old operations want one new
    ],
)
def test_an_ambiguous_rename_is_removal_and_addition(
    old_paths: tuple[str, ...], new_paths: tuple[str, ...]
) -> None:
    report = diff_specs(_paths(*old_paths), _paths(*new_paths))
    assert not report.renamed
    assert _labels(report, "operation-removed") == {f"GET {p}" for p in old_paths}
    assert _labels(report, "operation-added") == {f"GET {p}" for p in new_paths}


def test_drf_nullable_wrappers_are_nullability_not_type_changes() -> None:
    schemas = {"Owner": obj(n="string"), "StatusEnum": STATUS, "NullEnum": {"enum": [None]}}
    old = obj(owner={"allOf": [ref("Owner")]}, status=ref("StatusEnum"))
    new = obj(
        owner={"allOf": [ref("Owner")], "nullable": True},
        status={"oneOf": [ref("StatusEnum"), ref("NullEnum")]},
    )
    old_doc, new_doc = resp_pair(old, new)
    old_doc["components"]["schemas"].update(schemas)
    new_doc["components"]["schemas"].update(schemas)
    assert found(old_doc, new_doc) == {
        ("response-made-nullable", True, "response.200.body.owner"),
        ("response-made-nullable", True, "response.200.body.status"),
    }


def test_allof_inheritance_is_flattened() -> None:
    schemas = {"Base": obj(a="string")}
    old_doc, new_doc = resp_pair(
        obj(a="string", b="string"), {"allOf": [ref("Base"), obj(b="string", c="string")]}
    )
    old_doc["components"]["schemas"].update(schemas)
    new_doc["components"]["schemas"].update(schemas)
    assert found(old_doc, new_doc) == {("response-property-added", False, "response.200.body.c")}


def test_nested_locations_use_brackets_for_items_and_star_for_maps() -> None:
    old = obj(results={"type": "array", "items": ref("Row")}, extra={"type": "object"})
    old["properties"]["extra"]["additionalProperties"] = obj(v="string")
    new = copy.deepcopy(old)
    new["properties"]["extra"]["additionalProperties"] = obj(v="integer")
    old_doc, new_doc = resp_pair(old, new)
    old_doc["components"]["schemas"]["Row"] = obj(id="integer", name="string")
    new_doc["components"]["schemas"]["Row"] = obj(id="integer")
    assert found(old_doc, new_doc) == {
        ("response-property-removed", True, "response.200.body.results[].name"),
        ("response-type-changed", True, "response.200.body.extra.*.v"),
    }


def test_recursive_schemas_terminate_and_report_once() -> None:
    node_old = obj(name="string", children={"type": "array", "items": ref("Node")})
    node_new = obj(name="string", tag="string", children={"type": "array", "items": ref("Node")})
    old_doc, new_doc = resp_pair(node_old, node_new)
    for doc in (old_doc, new_doc):
        doc["paths"]["/x/"]["post"]["responses"] = returns(ref("Node"))
        doc["components"]["schemas"]["Node"] = doc["components"]["schemas"].pop("Out")
    assert found(old_doc, new_doc) == {("response-property-added", False, "response.200.body.tag")}


def test_mutually_recursive_schemas_reached_from_either_end() -> None:
    """A cut below B when entered via A must not hide B's own changes when B is a root."""
    a = obj(b=ref("B"))
    b_old, b_new = obj(a=ref("A"), x="string"), obj(a=ref("A"), x="integer")
    schemas_old, schemas_new = {"A": a, "B": b_old}, {"A": a, "B": b_new}
    paths = {
        "/a/": {"get": op(operationId="a", responses=returns(ref("A")))},
        "/b/": {"get": op(operationId="b", responses=returns(ref("B")))},
    }
    report = diff_specs(spec(paths, schemas_old), spec(copy.deepcopy(paths), schemas_new))
    assert {(c.operation, c.location) for c in report.changes} == {
        ("GET /a/", "response.200.body.b.x"),
        ("GET /b/", "response.200.body.x"),
    }


def test_shared_components_are_reported_for_every_operation_and_direction() -> None:
    paths = {
        "/x/": {"post": op(requestBody=body(ref("S")), responses=returns(ref("S")))},
        "/y/": {"get": op(operationId="y", responses=returns(ref("S")))},
    }
    old = spec(paths, {"S": obj(a="string", b="string")})
    new = spec(copy.deepcopy(paths), {"S": obj(a="string")})
    assert {(c.operation, c.kind, c.location) for c in diff_specs(old, new).changes} == {
        ("POST /x/", "request-property-removed", "request.body.b"),
        ("POST /x/", "response-property-removed", "response.200.body.b"),
        ("GET /y/", "response-property-removed", "response.200.body.b"),
    }


def test_same_schema_under_several_media_types_is_reported_once() -> None:
    media = (JSON, "application/x-www-form-urlencoded", "multipart/form-data")
    old = one(op(requestBody=body(ref("Req"), True, *media)), {"Req": obj(a="string")})
    new = one(op(requestBody=body(ref("Req"), True, *media)), {"Req": obj(a="integer")})
    assert len(diff_specs(old, new).changes) == 1


def test_read_only_and_write_only_properties_count_on_one_side_only() -> None:
    old = obj(a="string")
    new = obj(
        a="string",
        id={"type": "integer", "readOnly": True},
        pw={"type": "string", "writeOnly": True},
    )
    old_doc = one(op(requestBody=body(ref("S")), responses=returns(ref("S"))), {"S": old})
    new_doc = one(op(requestBody=body(ref("S")), responses=returns(ref("S"))), {"S": new})
    assert found(old_doc, new_doc) == {
        ("request-property-added", False, "request.body.pw"),
        ("response-property-added", False, "response.200.body.id"),
    }


# --------------------------------------------------------------------------- enums as sets

BLANK: dict[str, Any] = {"type": "string", "enum": [""]}
NULL: dict[str, Any] = {"enum": [None]}
ENUMS = {"StatusEnum": STATUS, "BlankEnum": BLANK, "NullEnum": NULL}


def _enum_pair(
    old: dict[str, Any], new: dict[str, Any], side: str = "response"
) -> tuple[dict[str, Any], dict[str, Any]]:
    pair = resp_pair if side == "response" else req_pair
    old_doc, new_doc = pair(obj(s=old), obj(s=new))
    for doc in (old_doc, new_doc):
        doc["components"]["schemas"].update(copy.deepcopy(ENUMS))
    return old_doc, new_doc


STATUS_OR_BLANK = {"oneOf": [ref("StatusEnum"), ref("BlankEnum")]}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (STATUS, ref("StatusEnum")),  # inline → component
        ({**STATUS, "enum": ["live", "draft"]}, ref("StatusEnum")),  # order is no change
        (STATUS_OR_BLANK, {"type": "string", "enum": ["draft", "live", ""]}),
        ({**STATUS, "nullable": True}, {"oneOf": [ref("StatusEnum"), ref("NullEnum")]}),
        (
            {"oneOf": [ref("StatusEnum"), ref("BlankEnum"), ref("NullEnum")]},
            {"type": "string", "enum": ["draft", "live", "", None], "nullable": True},
        ),
    ],
)
def test_an_enum_re_expressed_with_the_same_values_is_no_change(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    assert found(*_enum_pair(old, new)) == set()
    assert found(*_enum_pair(new, old)) == set()


def test_the_loss_of_none_next_to_a_re_expressed_enum_is_reported() -> None:
    was = {"oneOf": [ref("StatusEnum"), ref("BlankEnum"), ref("NullEnum")]}
    now = {"type": "string", "enum": ["draft", "live", ""]}
    assert found(*_enum_pair(was, now)) == {
        ("response-made-non-nullable", False, "response.200.body.s")
    }
    assert found(*_enum_pair(was, now, "request")) == {
        ("request-made-non-nullable", True, "request.body.s")
    }
    assert found(*_enum_pair(now, was)) == {("response-made-nullable", True, "response.200.body.s")}


def test_null_among_enum_values_is_nullability_not_a_value() -> None:
    was = {"type": "string", "enum": ["draft", "live", None]}
    assert found(*_enum_pair(was, STATUS)) == {
        ("response-made-non-nullable", False, "response.200.body.s")
    }


def test_a_value_really_gone_from_a_re_expressed_enum_is_reported() -> None:
    assert found(*_enum_pair(STATUS_OR_BLANK, ref("StatusEnum"), "request")) == {
        ("request-enum-value-removed", True, "request.body.s")
    }


def test_null_enum_spelled_as_a_rebuild_did_counts_as_null() -> None:
    old_doc, new_doc = _enum_pair({"oneOf": [ref("StatusEnum"), ref("NullEnum")]}, STATUS)
    for doc, values in ((old_doc, ["null"]), (new_doc, [])):  # 3.66.0's, and an invalid one
        doc["components"]["schemas"]["NullEnum"] = {"type": "string", "enum": values}
    assert found(old_doc, new_doc) == {("response-made-non-nullable", False, "response.200.body.s")}


# --------------------------------------------------------------------------- rebuild artifacts


def test_formats_are_artifacts_only_between_rebuilt_descriptions() -> None:
    old, new = resp_pair(obj(a="string"), obj(a={"type": "string", "format": "uuid"}))
    assert found(old, new) == {("response-type-changed", True, "response.200.body.a")}
    assert found(*rebuilt(old, new)) == {("response-format-changed", False, "response.200.body.a")}
    assert found(old, new, rebuilt=True) == found(*rebuilt(old, new))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ({"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}),
        ({"type": "integer"}, {"type": "string", "format": "uuid"}),
    ],
)
def test_a_changed_format_or_base_type_is_still_a_type_change(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    assert found(*rebuilt(*resp_pair(obj(a=old), obj(a=new)))) == {
        ("response-type-changed", True, "response.200.body.a")
    }


def test_rebuild_artifacts_are_counted_and_shown_apart() -> None:
    old, new = rebuilt(*resp_pair(obj(a="string"), obj(a={"type": "string", "format": "uuid"})))
    new["components"]["schemas"]["Out"]["properties"]["b"] = {"type": "string"}
    report = diff_specs(old, new)
    summary = report.summary()
    assert (summary["total"], summary["breaking"], summary["non_breaking"]) == (2, 0, 1)
    assert summary["rebuild_artifacts"] == 1
    assert [c.kind for c in report.artifacts] == ["response-format-changed"]
    assert report.non_breaking == tuple(
        c for c in report.changes if c.kind != "response-format-changed"
    )
    assert report.summary_line().endswith(
        "(0 breaking, 1 non-breaking, 1 rebuild artifacts); operations +0 -0, 1 changed"
    )
    text = render_markdown(report)
    assert "## Rebuild artifacts (not API changes) (1)" in text
    assert text.index("## Non-breaking changes") < text.index("## Rebuild artifacts")


# --------------------------------------------------------------------------- SDK names


def test_changes_carry_the_sdk_names() -> None:
    params = [param("format"), param("url"), param("learnerId")]
    old = one(op(operationId="getThings", tags=["ai-analytics"]))
    new = one(op(operationId="getThings", tags=["ai-analytics"], parameters=params))
    report = diff_specs(old, new)
    assert {c.sdk.argument for c in report.changes} == {"format_", "url_", "learner_id"}
    assert {(c.sdk.groups, c.sdk.method) for c in report.changes} == {
        (("ai_analytics",), "get_things")
    }


def test_body_changes_name_the_model_that_holds_them() -> None:
    schemas = {
        "Row": obj(status=ref("StatusEnum"), name="string"),
        "StatusEnum": STATUS,
    }
    old_doc, new_doc = resp_pair(
        obj(rows={"type": "array", "items": ref("Row")}),
        obj(rows={"type": "array", "items": ref("Row")}),
    )
    old_doc["components"]["schemas"].update(copy.deepcopy(schemas))
    schemas["StatusEnum"] = STATUS_MORE
    schemas["Row"] = obj(status=ref("StatusEnum"))
    new_doc["components"]["schemas"].update(schemas)
    report = diff_specs(old_doc, new_doc)
    # the enum component is no model class: its change shows on the field that uses it
    assert {(c.kind, c.location, c.sdk.model, c.sdk.field) for c in report.changes} == {
        ("response-property-removed", "response.200.body.rows[].name", "Row", "name"),
        ("response-enum-value-added", "response.200.body.rows[].status", "Row", "status"),
    }


def _big_spec(operations: int, change: bool) -> dict[str, Any]:
    """~``operations`` operations over a web of shared components, like the real document."""
    schemas: dict[str, Any] = {}
    for i in range(200):
        props: dict[str, Any] = {f"f{j}": {"type": "string"} for j in range(15)}
        props["next"] = ref(f"C{(i + 1) % 200}")
        props["items"] = {"type": "array", "items": ref(f"C{(i * 7) % 200}")}
        if change and i % 50 == 0:
            props["added"] = {"type": "integer"}
        schemas[f"C{i}"] = {"type": "object", "properties": props}
    paths: dict[str, Any] = {}
    for i in range(operations // 2):
        c = ref(f"C{i % 200}")
        paths[f"/api/r{i}/{{id}}/"] = {
            "get": op(
                operationId=f"g{i}", parameters=[param("id", "path", True)], responses=returns(c)
            ),
            "put": op(operationId=f"p{i}", requestBody=body(c), responses=returns(c)),
        }
    return spec(paths, schemas)


def test_a_thousand_operations_over_recursive_components_diff_to_the_changed_ones() -> None:
    # Recursive components reached from every body: the walk must terminate and report each
    # changed component once per body, not once per path that reaches it. (No timing here:
    # speed is shown by benchmarks, never by a timed test.)
    old, new = _big_spec(1000, False), _big_spec(1000, True)
    report = diff_specs(old, new)
    assert report.changes and not report.has_breaking
    per_operation: dict[str, int] = {}
    for change in report.changes:
        per_operation[change.operation] = per_operation.get(change.operation, 0) + 1
    changed_components = 200 // 50  # _big_spec adds a property to every 50th component
    bodies = 2  # the request body and the 200 response of a PUT
    worst = max(per_operation.items(), key=lambda kv: kv[1])
    assert worst[1] == changed_components * bodies, worst


# --------------------------------------------------------------------------- versioning


def _report(*kinds: str) -> Report:
    return diff_specs(spec(), spec()) if not kinds else _report_of(kinds)


def _report_of(kinds: tuple[str, ...]) -> Report:
    from scripts.apidiff.report import Change

    return Report("1", "2", tuple(Change.of(k, "GET /x/", tag="x") for k in kinds))


@pytest.mark.parametrize(
    ("current", "kinds", "expected"),
    [
        ("1.4.2", ("operation-removed", "operation-added"), "2.0.0"),
        ("1.4.2", ("operation-added",), "1.5.0"),
        ("1.4.2", (), "1.4.2"),
        ("0.1.0", ("operation-removed",), "1.0.0"),  # no 0.x exemption
        ("0.1.0", ("operation-added",), "0.2.0"),
    ],
)
def test_next_sdk_version(current: str, kinds: tuple[str, ...], expected: str) -> None:
    assert next_sdk_version(current, _report(*kinds)) == expected


@pytest.mark.parametrize("bad", ["1.4", "v1.4.2", "1.4.2-rc1", "01.2.3"])
def test_next_sdk_version_rejects_non_semver(bad: str) -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        next_sdk_version(bad, _report())


# --------------------------------------------------------------------------- rendering


def _mixed_report() -> Report:
    old = spec(
        {
            "/a/": {"get": op(operationId="a", tags=["alpha"])},
            "/b/": {"get": op(operationId="b", tags=["beta"], parameters=[param("q")])},
        },
        version="1.0",
    )
    new = spec(
        {
            "/a/": {"get": op(operationId="a", tags=["alpha"], parameters=[param("q")])},
            "/c/": {"get": op(operationId="c", tags=["beta"])},
        },
        version="2.0",
    )
    return diff_specs(old, new)


def test_summary_counts() -> None:
    report = _mixed_report()
    summary = report.summary()
    assert summary | {"by_kind": None} == {
        "old_version": "1.0",
        "new_version": "2.0",
        "total": 3,
        "breaking": 1,
        "non_breaking": 2,
        "rebuild_artifacts": 0,
        "operations_added": 1,
        "operations_removed": 1,
        "operations_renamed": 0,
        "operations_changed": 1,
        "tags_added": [],
        "tags_removed": [],
        "groups_added": [],
        "groups_removed": [],
        "by_kind": None,
    }
    assert report.summary_line() == (
        "API 1.0 → 2.0: 3 changes (1 breaking, 2 non-breaking); operations +1 -1, 1 changed"
    )


def test_markdown_puts_breaking_first_grouped_by_tag_and_operation() -> None:
    text = render_markdown(_mixed_report())
    assert text.startswith("# API changes 1.0 → 2.0\n\n**API 1.0 → 2.0: 3 changes")
    breaking, rest = text.split("## Non-breaking changes (2)")
    assert "## Breaking changes (1)\n\n### beta\n\n- `GET /b/`\n  - operation removed" in breaking
    assert rest.index("### alpha") < rest.index("### beta")
    assert "- `GET /a/`\n  - optional parameter `request.query.q` added" in rest


def test_markdown_says_none_for_an_empty_section() -> None:
    text = render_markdown(diff_specs(spec(), one(op())))
    assert "## Breaking changes (0)\n\nNone." in text


def test_json_has_summary_and_exact_change_keys() -> None:
    payload = json.loads(render_json(_mixed_report()))
    assert payload["summary"]["total"] == 3
    assert {tuple(sorted(c)) for c in payload["changes"]} == {
        ("breaking", "category", "kind", "location", "message", "new", "old", "operation", "sdk")
    }
    assert payload["changes"][0] == {
        "kind": "parameter-added",
        "category": "api",
        "breaking": False,
        "operation": "GET /a/",
        "location": "request.query.q",
        "old": None,
        "new": "string",
        "message": "optional parameter `request.query.q` added",
        "sdk": {"groups": ["alpha"], "method": "a", "argument": "q"},
    }


def test_changelog_entry_names_both_versions() -> None:
    report = _mixed_report()
    entry = render_changelog_entry(report, next_sdk_version("1.2.3", report), "2.0")
    assert entry.startswith(
        "## 2.0.0 — API 2.0\n\nGenerated from ibl-data-manager API 2.0 (previously 1.0)"
    )
    assert "### `ibl.alpha`\n\n- new optional arguments: `a(q)`\n" in entry
    assert "### `ibl.beta`\n\n- **1 method removed**: `b`\n- 1 method added: `c`\n" in entry


# --------------------------------------------------------------------------- CLI


def test_cli_writes_reports_prints_summary_and_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_path.write_text(json.dumps(one(op())), encoding="utf-8")  # JSON is YAML
    new_path.write_text(json.dumps(spec()), encoding="utf-8")
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    code = main([str(old_path), str(new_path), "--json", str(out_json), "--markdown", str(out_md)])
    assert code == 0
    assert (
        capsys.readouterr().out
        == "API 1 → 1: 1 changes (1 breaking, 0 non-breaking); operations +0 -1, 0 changed\n"
    )
    assert json.loads(out_json.read_text())["summary"]["breaking"] == 1
    assert "operation removed" in out_md.read_text()


# --------------------------------------------------------------------------- a real bump
# Facts below were verified against the two official wheels, not against either openapi.yaml:
#   pip download --no-deps iblai==3.54.3 -d w354; pip download --no-deps iblai==3.66.0 -d w366
#   unzip both; for every module that iblai/api/__init__.py imports, read each
#   `_<operation>_serialize` method's `method='…'` and `resource_path='…'` with a regex, and
#   compare (method, path with parameter names blanked) across the two versions; the API class
#   a method sits in (`AiAnalyticsApi` ↔ tag `ai-analytics`) gives its tag. Parameter and model
#   facts were read from the method signatures and `iblai/models/*.py` of both wheels.

WHEEL_REMOVED = {  # in 3.54.3's imported api modules, in no imported module of 3.66.0
    "GET /api/finance/orgs/{org}/products",
    "GET /api/finance/orgs/{org}/products/{item_id}/orders",
    "GET /api/finance/orgs/{org}/products/{item_id}/sales-over-time",
    "GET /api/finance/orgs/{org}/revenue/net-over-time",
    "GET /api/finance/orgs/{org}/revenue/products",
    # AiMentorApi.ai_mentor_orgs_users_mentor_from_template_create
    "POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-from-template/",
}
_TICKETS = "/api/ai-mentor/orgs/{org}/users/{user_id}/support-tickets/"
_MESSAGES = "/api/ai-mentor/orgs/{org}/users/{user_id}/support-ticket-messages/"
_LINK = "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/sharable-link"
_ANALYTICS = "/api/ai-analytics/orgs/{org}/users/{user_id}/"
WHEEL_ADDED = {  # in 3.66.0's imported api modules only
    *(f"{m} {_LINK}" for m in ("GET", "PUT", "POST", "DELETE")),
    f"GET {_TICKETS}",
    *(f"{m} {_TICKETS}{{id}}/" for m in ("GET", "PUT", "PATCH", "DELETE")),
    # AiMentorApi.ai_mentor_orgs_users_support_tickets_close_create
    f"POST {_TICKETS}{{id}}/close/",
    *(f"{m} {_MESSAGES}" for m in ("GET", "POST")),
    *(f"{m} {_MESSAGES}{{id}}/" for m in ("GET", "PUT", "PATCH", "DELETE")),
    *(f"GET {_ANALYTICS}{kind}/" for kind in ("observations", "traces")),
    *(f"GET {_ANALYTICS}{kind}/{{id}}/" for kind in ("observations", "traces")),
}
WHEEL_MOVED_API_CLASS = 187  # same (method, path), different Api class: 29 OrgsApi→ScimApi, …
WHEEL_RENAMED_METHODS = 0  # same (method, path), same method name in both wheels


@pytest.fixture(scope="module")
def real_report() -> Report:
    old_doc = load_spec(ROOT / "tests" / "data" / "openapi-3.54.3.yaml")
    new_doc = load_spec(ROOT / "tests" / "data" / "openapi-3.66.0.yaml")
    return diff_specs(old_doc, new_doc)


def _of_kind(report: Report, kind: str) -> list[Any]:
    return [c for c in report.changes if c.kind == kind]


def test_real_bump_operations_match_the_wheels(real_report: Report) -> None:
    assert {c.operation for c in _of_kind(real_report, "operation-removed")} == WHEEL_REMOVED
    assert {c.operation for c in _of_kind(real_report, "operation-added")} == WHEEL_ADDED
    # one tag per operation in both: a moved Api class leaves one SDK group, joins another
    left = {(c.operation, c.old) for c in _of_kind(real_report, "operation-group-removed")}
    joined = {(c.operation, c.new) for c in _of_kind(real_report, "operation-group-added")}
    assert len(left) == len(joined) == WHEEL_MOVED_API_CLASS
    assert not _of_kind(real_report, "operation-module-moved")  # left with the group
    assert len(_of_kind(real_report, "operation-id-changed")) == WHEEL_RENAMED_METHODS
    assert not real_report.renamed  # no path parameter was renamed
    # EngagementApi (3.54.3) → AiAnalyticsApi (3.66.0), same method name
    over_time = "GET /api/engagement/orgs/{org}/time/over-time"
    assert (over_time, "engagement") in left
    assert (over_time, "ai_analytics") in joined


def test_real_bump_parameters_and_models_match_the_wheels(real_report: Report) -> None:
    changes = {(c.kind, c.operation, c.location, c.old, c.new) for c in real_report.changes}
    # SearchApi.search_mentors_retrieve gained
    # `include_main_public_mentors: Optional[StrictBool] = None` in 3.66.0 only.
    assert (
        "parameter-added",
        "GET /api/search/mentors/",
        "request.query.include_main_public_mentors",
        None,
        "boolean",
    ) in changes
    # SearchApi.search_catalog_retrieve `tenant`: Optional[List[StrictStr]] in 3.54.3,
    # Optional[Annotated[str, Field(min_length=1, strict=True)]] in 3.66.0.
    assert (
        "parameter-type-changed",
        "GET /api/search/catalog/",
        "request.query.tenant",
        "array<string>",
        "string",
    ) in changes
    # iblai/models/rbac_role.py: `data_actions: Optional[List[StrictStr]]` only in 3.66.0.
    assert (
        "response-property-added",
        "GET /api/core/rbac/roles/{id}/",
        "response.200.body.data_actions",
        None,
        True,
    ) in changes
    # iblai/models/rbac_role.py: `actions: List[StrictStr] = Field(...)` (required) in 3.54.3,
    # `actions: Optional[List[StrictStr]] = Field(default=None, ...)` in 3.66.0.
    assert (
        "response-property-made-optional",
        "GET /api/core/rbac/roles/{id}/",
        "response.200.body.actions",
        True,
        False,
    ) in changes


def test_real_bump_summary_and_version(real_report: Report) -> None:
    summary = real_report.summary()
    assert (summary["old_version"], summary["new_version"]) == ("3.54.3-ai-plus", "3.66.0-ai-plus")
    assert (summary["operations_added"], summary["operations_removed"]) == (20, 6)
    assert real_report.has_breaking
    assert next_sdk_version("0.1.0", real_report) == "1.0.0"
