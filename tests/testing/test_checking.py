"""Requests the description does not allow: each is refused with 400 and recorded as a
violation naming the operation, the field and the value; the operations are chosen from the
description by what they take (never by name)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from contract.spec import Operation, Parameter

from ibl_client import BadRequestError
from ibl_client.testing import Description, FakeIBL, SchemaSampler, Violation
from ibl_client.testing._checking import Sent, check_request

from .conftest import answers_an_object, call, simplest, spec


def sample(schema: Any) -> Any:
    return SchemaSampler(spec().resolve).sample(schema)


def path_of(op: Operation) -> str:
    """The operation's path, its parameters filled with sampled values."""
    values = {p.name: str(sample(p.schema)) for p in op.parameters if p.location == "path"}
    return re.sub(r"\{([^}]+)\}", lambda m: values[m[1]], op.path)


def required_query(op: Operation, leaving_out: str | None = None) -> dict[str, str]:
    def text(value: Any) -> str:
        return str(value).lower() if isinstance(value, bool) else str(value)

    return {
        p.name: text(sample(p.schema))
        for p in op.parameters
        if p.location == "query" and p.required and p.name != leaving_out
    }


def send(
    fake: FakeIBL,
    op: Operation,
    query: Mapping[str, str],
    **body: Any,
) -> httpx.Response:
    with httpx.Client(base_url=fake.url) as http:
        return http.request(op.method.upper(), path_of(op), params=query, **body)


def only_violation(fake: FakeIBL) -> Violation:
    (violation,) = fake.take_violations()
    return violation


def query_parameter(
    op: Operation, required: bool | None = None, kind: str | None = None, enum: bool = False
) -> Parameter | None:
    for p in op.parameters:
        schema = spec().resolve(p.schema)
        if (
            p.location == "query"
            and (required is None or p.required == required)
            and (kind is None or schema.get("type") == kind)
            and (not enum or bool(schema.get("enum")))
        ):
            return p
    return None


async def test_an_undeclared_query_parameter_fails_the_call_naming_it(
    fake: FakeIBL, ibl: Any
) -> None:
    op = simplest(answers_an_object, "GET answering an object")
    with pytest.raises(BadRequestError) as raised:
        await call(ibl, op, extra_query={"ogr": "acme"})
    expected = f"{op.operation_id}: query.ogr = 'acme': no such query parameter"
    assert expected in str(raised.value)
    assert str(only_violation(fake)) == expected


def test_a_required_query_parameter_left_out(fake: FakeIBL) -> None:
    op = simplest(
        lambda op: op.method == "get" and query_parameter(op, required=True) is not None,
        "GET with a required query parameter",
    )
    name = query_parameter(op, required=True).name  # type: ignore[union-attr]
    response = send(fake, op, required_query(op, leaving_out=name))
    assert response.status_code == 400
    violation = only_violation(fake)
    assert (violation.operation, violation.field, violation.problem) == (
        op.operation_id,
        f"query.{name}",
        "required, not sent",
    )
    assert str(violation) in response.json()["detail"]


def test_a_query_value_of_the_wrong_type_or_outside_its_enum(fake: FakeIBL) -> None:
    op = simplest(
        lambda op: query_parameter(op, kind="integer") is not None, "integer query parameter"
    )
    name = query_parameter(op, kind="integer").name  # type: ignore[union-attr]
    assert send(fake, op, {**required_query(op), name: "twelve"}).status_code == 400
    assert str(only_violation(fake)) == (
        f"{op.operation_id}: query.{name} = 'twelve': not of type integer"
    )
    op = simplest(lambda op: query_parameter(op, enum=True) is not None, "enum query parameter")
    name = query_parameter(op, enum=True).name  # type: ignore[union-attr]
    assert send(fake, op, {**required_query(op), name: "no-such-member"}).status_code == 400
    violation = only_violation(fake)
    assert (violation.field, violation.value) == (f"query.{name}", "no-such-member")
    assert violation.problem.startswith("not one of ")


def json_body(op: Operation) -> Mapping[str, Any] | None:
    content = (op.request_body or {}).get("content") or {}
    media = content.get("application/json")
    return None if media is None else spec().resolve(media.get("schema") or {})


def required_string(op: Operation) -> str | None:
    """A required, writable string property of the JSON body."""
    schema = json_body(op)
    if not schema or schema.get("type") != "object":
        return None
    for name in sorted(schema.get("required") or ()):
        prop = spec().resolve((schema.get("properties") or {}).get(name, {}))
        if prop.get("type") == "string" and not prop.get("readOnly") and not prop.get("nullable"):
            return str(name)
    return None


def test_a_json_body_missing_a_required_property_or_with_a_wrong_type(fake: FakeIBL) -> None:
    op = simplest(lambda op: required_string(op) is not None, "JSON body with a required string")
    name = required_string(op)
    assert name is not None
    body = sample(json_body(op))
    without = {k: v for k, v in body.items() if k != name}
    assert send(fake, op, required_query(op), json=without).status_code == 400
    violation = only_violation(fake)
    assert (violation.operation, violation.field, violation.problem) == (
        op.operation_id,
        f"body.{name}",
        "required, not sent",
    )
    assert send(fake, op, required_query(op), json={**body, name: 12}).status_code == 400
    assert str(only_violation(fake)) == f"{op.operation_id}: body.{name} = 12: not of type string"
    assert send(fake, op, required_query(op), json=body).status_code < 300  # the sample fits
    assert fake.violations == []


def takes_multipart(op: Operation) -> bool:
    content = (op.request_body or {}).get("content") or {}
    return "multipart/form-data" in content and bool(
        spec().resolve(content["multipart/form-data"].get("schema") or {}).get("properties")
    )


def test_a_multipart_field_the_operation_does_not_take(fake: FakeIBL) -> None:
    op = simplest(takes_multipart, "operation taking a multipart body")
    schema = spec().resolve(op.request_body["content"]["multipart/form-data"]["schema"])  # type: ignore[index]
    fields = {
        name: str(sample(prop))
        for name, prop in schema["properties"].items()
        if name in (schema.get("required") or ())
    }
    files = {"no_such_field": ("x.txt", b"x", "text/plain")}
    assert send(fake, op, required_query(op), data=fields, files=files).status_code == 400
    violation = only_violation(fake)
    assert (violation.field, violation.value, violation.problem) == (
        "form.no_such_field",
        "x.txt",
        "no such field",
    )


# --- the checks, one by one, on a description written for them ---------------------------

TINY = Description(
    {
        "paths": {
            "/items/{id}/": {
                "post": {
                    "operationId": "items_create",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    },
                    "responses": {"201": {"description": "made"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["name", "id"],
                    "properties": {
                        "id": {"type": "integer", "readOnly": True},
                        "name": {"type": "string", "minLength": 2},
                        "day": {"type": "string", "format": "date", "nullable": True},
                        "kind": {"oneOf": [{"enum": ["a", "b"]}, {"enum": [""]}]},
                        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 1},
                    },
                }
            }
        },
    }
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"name": "ok"}, []),
        ({"name": "ok", "day": None, "kind": ""}, []),  # nullable; the blank alternative
        ({}, ["items_create: body.name = None: required, not sent"]),
        ({"name": "x"}, ["items_create: body.name = 'x': shorter than 2 characters"]),
        (
            {"name": "ok", "day": "15/01/2024"},
            ["items_create: body.day = '15/01/2024': not a date"],
        ),
        ({"name": "ok", "kind": "c"}, ["items_create: body.kind = 'c': not one of 'a', 'b'"]),
        (
            {"name": "ok", "tags": ["a", 1]},
            [
                "items_create: body.tags = ['a', 1]: more than 1 items",
                "items_create: body.tags[1] = 1: not of type string",
            ],
        ),
        ([], ["items_create: body = []: not of type object"]),
    ],
)
def test_each_check_names_the_field_and_the_value(body: Any, expected: list[str]) -> None:
    op = TINY.by_id["items_create"]
    sent = Sent({"id": "7"}, (), {}, "application/json", json=body)
    assert [str(v) for v in check_request(TINY, op, sent)] == expected


def test_the_path_the_body_and_its_media_type() -> None:
    op = TINY.by_id["items_create"]
    ((candidate, params),) = TINY.route("POST", "/items/seven/")
    assert (candidate, params) == (op, {"id": "seven"})
    no_body = Sent(params, (), {}, None)
    assert [str(v) for v in check_request(TINY, op, no_body)] == [
        "items_create: path.id = 'seven': not of type integer",
        "items_create: body = None: required, not sent (takes 'application/json')",
    ]
    as_form = Sent({"id": "7"}, (), {}, "multipart/form-data", form={})
    assert [v.problem for v in check_request(TINY, op, as_form)] == [
        "media type not taken: 'application/json'"
    ]
    assert TINY.route("GET", "/items/7/") == []
