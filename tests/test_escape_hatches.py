"""Nothing lost, nothing out of reach, on a loopback server: an answer without a declared schema
comes back as sent, the per-call extras arrive on the wire, and a body may be a plain mapping.
Operations are chosen by what they are (tests/by_property.py), not by name."""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import pytest
from by_property import (
    API_PACKAGE,
    JSON,
    MULTIPART,
    body_media,
    body_schema,
    call,
    first,
    group_method,
    plain_string,
    spec,
    success_without_schema,
)
from contract.args import module_name
from contract.spec import Operation
from layer.server import ScriptedServer, reply
from support.clients import SECRET, client

from ibl_client import RequestValidationError


def untyped_get(op: Operation) -> bool:
    return op.method == "get" and success_without_schema(op)


def json_post(op: Operation) -> bool:
    """A POST of a JSON object with a required plain string field (so a mapping can miss it)."""
    if op.method != "post" or body_media(op) != JSON or "{" in op.path:
        return False
    schema = body_schema(op)
    required = schema.get("required") or []
    return any(plain_string(spec().resolve(schema["properties"][name])) for name in required)


def multipart_post(op: Operation) -> bool:
    return op.method == "post" and body_media(op) == MULTIPART


# --- untyped answers ---------------------------------------------------------------------


def test_every_success_without_schema_is_decoded_not_dropped() -> None:
    untyped = [op for op in spec().operations if success_without_schema(op)]
    assert untyped
    for op in untyped:
        module = importlib.import_module(f"{API_PACKAGE}.{module_name(op)}")
        assert "return decode(response)" in inspect.getsource(module._parse_response), op.label
        assert "JSON" in str(inspect.signature(module.asyncio).return_annotation), op.label


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (reply(200, {"course": "c1", "grade": 0.9}), {"course": "c1", "grade": 0.9}),
        (reply(200, [{"course": "c1"}, {"course": "c2"}]), [{"course": "c1"}, {"course": "c2"}]),
        (reply(200, body=b""), None),
        (reply(200, body=b"all good", headers={"Content-Type": "text/plain"}), "all good"),
        (reply(200, body=b"%PDF-\xff", headers={"Content-Type": "application/pdf"}), b"%PDF-\xff"),
    ],
    ids=["object", "list", "empty", "text", "bytes"],
)
async def test_an_answer_without_schema_returns_what_was_sent(
    server: ScriptedServer, sent: Any, expected: Any
) -> None:
    op = first(untyped_get, "GET whose 200 has no schema")
    server.then(sent)
    async with client(server) as ibl:
        method = group_method(ibl, op)
        got = await method(**call(op).kwargs)
    assert got == expected


# --- extras on the wire -------------------------------------------------------------------


async def test_extras_reach_the_wire_for_a_get(server: ScriptedServer) -> None:
    op = first(untyped_get, "GET whose 200 has no schema")
    async with client(server, timeout=30) as ibl:
        await group_method(ibl, op)(
            **call(op).kwargs,
            extra_query={"start_date": "2026-01-01", "course_id": ["a", "b"]},
            extra_headers={"X-Trace": "t-1"},
            timeout=None,
        )
    seen = server.requests[0]
    assert seen.path.startswith(op.path.split("{")[0])
    assert "start_date=2026-01-01" in seen.path
    assert "course_id=a&course_id=b" in seen.path
    assert seen.headers["x-trace"] == "t-1"
    assert (
        seen.headers["authorization"] == f"Api-Token {SECRET}"
    )  # extras never drop the credential


async def test_extra_body_is_merged_into_a_json_body(server: ScriptedServer) -> None:
    op = first(json_post, "POST of a JSON object")
    built = call(op)
    server.then(reply(204, body=b""))
    async with client(server) as ibl:
        await built.function(client=ibl, **built.kwargs, extra_body={"added_later": [1, 2]})
    sent = json.loads(server.requests[0].body)
    assert sent == {**built.kwargs["body"].to_dict(), "added_later": [1, 2]}
    assert server.requests[0].headers["content-type"] == "application/json"


async def test_extra_body_becomes_parts_of_a_multipart_body(server: ScriptedServer) -> None:
    op = first(multipart_post, "multipart POST")
    built = call(op)
    server.then(reply(204, body=b""))
    async with client(server) as ibl:
        await built.function(
            client=ibl,
            **built.kwargs,
            extra_query={"dry_run": "1"},
            extra_body={"note": "hello", "meta": {"a": 1}},
        )
    seen = server.requests[0]
    assert seen.headers["content-type"].startswith("multipart/form-data")
    assert b'name="note"\r\nContent-Type: text/plain\r\n\r\nhello\r\n' in seen.body
    assert b'name="meta"\r\nContent-Type: application/json\r\n\r\n{"a": 1}\r\n' in seen.body
    assert "dry_run=1" in seen.path


# --- a body as a mapping ------------------------------------------------------------------


async def test_a_body_may_be_a_mapping_validated_into_its_model(server: ScriptedServer) -> None:
    op = first(json_post, "POST of a JSON object")
    built = call(op)
    as_model = built.kwargs.pop("body")
    as_mapping = {**as_model.to_dict(), "not_in_the_description": True}
    server.then(reply(204, body=b""))
    async with client(server) as ibl:
        await built.function(client=ibl, body=as_mapping, **built.kwargs)
    assert json.loads(server.requests[0].body) == as_mapping  # unknown keys are sent too


async def test_a_mapping_that_does_not_fit_names_the_field(server: ScriptedServer) -> None:
    op = first(json_post, "POST of a JSON object")
    built = call(op)
    schema = body_schema(op)
    field = next(
        name
        for name in schema["required"]
        if plain_string(spec().resolve(schema["properties"][name]))
    )
    wrong = {**built.kwargs.pop("body").to_dict(), field: 12345}
    async with client(server) as ibl:
        with pytest.raises(RequestValidationError) as caught:
            await built.function(client=ibl, body=wrong, **built.kwargs)
        missing = {k: v for k, v in wrong.items() if k != field}
        with pytest.raises(RequestValidationError, match=f"{field}: required field missing"):
            await built.function(client=ibl, body=missing, **built.kwargs)
    assert caught.value.path == field
    assert f"{field}: expected a string, got int 12345" in str(caught.value)
    assert isinstance(caught.value, TypeError)
    assert server.requests == []  # nothing was sent
