"""One generated operation of every tag, called async and sync through the client against a
loopback server that checks method, path, query and body against the description."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import fixtures
import pytest
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


def test_the_checking_server_reports_what_the_description_forbids(server: CheckingServer) -> None:
    import httpx

    op = fixtures.operation("analytics_time_spent_user_retrieve")  # a skip when it is gone
    with server.expecting(op) as problems:
        httpx.get(
            f"{server.url}/api/analytics/time-spent/user/",
            params={"bogus": "1", "include_main_platform": "maybe", "course_id": ""},
        )
    assert sorted(problems) == [
        "no Api-Token credential",
        "query course_id .: '' should be non-empty",
        "query include_main_platform .: 'maybe' is not of type 'boolean'",
        "undeclared query parameter bogus",
    ]


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
