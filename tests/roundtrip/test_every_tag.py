"""One generated operation of every tag, called async and sync through the client against a
loopback server that checks method, path, query and body against the description."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import fixtures
import pytest
from by_property import first, plain_string
from contract.args import build_call
from contract.spec import Operation
from support.clients import client, sync_on

from .checking_server import Checker, CheckingServer

API_PACKAGE = "ibl_client.generated.api"

# The description exactly as the SDK was generated from it (overlay and normaliser).
SPEC = fixtures.spec()


def tags_of(op: Operation) -> list[str]:
    return list(op.raw.get("tags") or ["default"])


def representative(operations: list[Operation]) -> Operation:
    """The operation with the most to check: a body, then the most parameters."""
    return max(
        operations,
        key=lambda op: (op.request_body is not None, len(op.parameters), op.operation_id),
    )


def representatives() -> dict[str, Operation]:
    """Per tag, the representative of the operations that carry it, first tag or not: an
    operation with several tags is a method of every tag's group (its module is under the
    first), and a tag may be no operation's first (`analytics` in 4.x)."""
    by_tag: dict[str, list[Operation]] = {}
    for op in SPEC.operations:
        for tag in tags_of(op):
            by_tag.setdefault(tag, []).append(op)
    return {tag: representative(ops) for tag, ops in sorted(by_tag.items())}


def one_per_tag() -> list[Operation]:
    """The representatives, each once (one operation may represent several tags)."""
    unique = {op.operation_id: op for op in representatives().values()}
    return list(unique.values())


@pytest.fixture(scope="module")
def server() -> Iterator[CheckingServer]:
    with CheckingServer(Checker(SPEC)).running() as running:
        yield running


def test_every_tag_is_represented() -> None:
    declared = {tag["name"] for tag in SPEC.document["tags"]}
    carried = {tag for op in SPEC.operations for tag in tags_of(op)}
    assert declared and carried == declared  # no tag without operations, none undeclared
    chosen = representatives()
    assert set(chosen) == declared
    assert all(tag in tags_of(op) for tag, op in chosen.items())
    assert {op.operation_id for op in one_per_tag()} == {op.operation_id for op in chosen.values()}


@pytest.mark.parametrize("op", one_per_tag(), ids=lambda op: op.operation_id)
async def test_async_round_trip(op: Operation, server: CheckingServer) -> None:
    call = build_call(SPEC, op, API_PACKAGE, optional=True, function_name="asyncio_detailed")
    assert call.error is None, call.error
    assert call.function is not None
    async with client(server, max_retries=0) as ibl:
        with server.expecting(op) as problems:
            response = await call.function(client=ibl, **call.kwargs)
    assert problems == []
    assert_parsed(op, response)


@pytest.mark.parametrize("op", one_per_tag(), ids=lambda op: op.operation_id)
def test_sync_round_trip(op: Operation, server: CheckingServer) -> None:
    call = build_call(SPEC, op, API_PACKAGE, optional=False, function_name="sync_detailed")
    assert call.error is None, call.error
    assert call.function is not None
    with sync_on(server, max_retries=0) as ibl, server.expecting(op) as problems:
        response = call.function(client=ibl, **call.kwargs)
    assert problems == []
    assert_parsed(op, response)


def assert_parsed(op: Operation, response: Any) -> None:
    assert 200 <= response.status_code < 300
    declared = op.responses[str(response.status_code)].get("content")
    if declared:
        assert response.parsed is not None, f"{op.label}: 2xx body not parsed"
    assert response.unwrap() is response.parsed


def _optional_query(op: Operation, fits: Callable[[Mapping[str, Any]], bool]) -> str | None:
    """The first optional query parameter of ``op`` whose schema ``fits``, if any."""
    return next(
        (
            p.name
            for p in op.parameters
            if p.location == "query" and not p.required and fits(SPEC.resolve(p.schema))
        ),
        None,
    )


def _flag(op: Operation) -> str | None:
    return _optional_query(op, lambda schema: schema.get("type") == "boolean")


def _non_empty(op: Operation) -> str | None:
    """A plain string that may not be empty."""
    return _optional_query(
        op, lambda schema: plain_string(schema) and schema.get("minLength", 0) >= 1
    )


def test_the_checking_server_reports_what_the_description_forbids(server: CheckingServer) -> None:
    import httpx

    # A GET without path parameters or required ones, whose query takes a flag and a string
    # that may not be empty: chosen by what it is, so the check holds after a bump.
    op = first(
        lambda o: (
            o.method == "get"
            and all(not p.required for p in o.parameters)
            and _flag(o) is not None
            and _non_empty(o) is not None
        ),
        "GET with only optional parameters, a boolean and a non-empty string among its query",
    )
    flag, text = _flag(op), _non_empty(op)
    undeclared = "bogus"
    assert undeclared not in {p.name for p in op.parameters}
    with server.expecting(op) as problems:
        httpx.get(
            f"{server.url}{op.path}",
            params={undeclared: "1", str(flag): "maybe", str(text): ""},
        )
    assert sorted(problems) == sorted(
        [
            "no Api-Token credential",
            f"query {text} .: '' should be non-empty",
            f"query {flag} .: 'maybe' is not of type 'boolean'",
            f"undeclared query parameter {undeclared}",
        ]
    )


def test_the_checking_server_rejects_read_only_and_wrong_media_bodies(
    server: CheckingServer,
) -> None:
    import httpx

    op = next(
        o
        for o in SPEC.operations
        if o.request_body
        and "application/json" in o.request_body["content"]
        and o.method == "post"
        and "{" not in o.path
    )
    headers = {"Authorization": "Api-Token k"}
    with server.expecting(op) as problems:
        httpx.post(server.url + op.path, data={"a": "b"}, headers=headers)
    assert problems and "body sent as 'application/x-www-form-urlencoded'" in problems[0]
