"""FakeIBL: what a test sets an operation to answer (models, raw JSON, errors with
Retry-After, latency, a dropped connection; once or always), and what it records, through
every client: the sync one and the async one on both backends."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from contract.spec import Operation

from ibl_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    NotFoundError,
    ServerError,
)
from ibl_client.testing import EVERY, FakeIBL, RecordedCall, Reply

from .conftest import (
    FakeClock,
    answers_an_object,
    call,
    json_schema,
    method_of,
    plain_string_property,
    simplest,
)

API = "ibl_client.generated.api"


def subject() -> tuple[Operation, str]:
    """A GET answering an object, callable without arguments, and one of its string fields."""
    op = simplest(answers_an_object, "GET answering an object with a plain string property")
    field = plain_string_property(json_schema(op, "200"))
    assert field is not None
    return op, field


async def test_the_default_answer_is_the_description_sample(fake: FakeIBL, ibl: Any) -> None:
    op, field = subject()
    answer = await call(ibl, op)
    assert getattr(answer, field) == fake.sample(op.operation_id)[field]
    (recorded,) = fake.calls
    assert (recorded.operation_id, recorded.status, recorded.violations) == (
        op.operation_id,
        200,
        (),
    )


async def test_a_model_answers_as_the_sdk_sends_it_back(fake: FakeIBL, ibl: Any) -> None:
    op, field = subject()
    first = await call(ibl, op)
    model = type(first).from_dict({**first.to_dict(), field: "set by the test"})
    fake.on(method_of(ibl, op)).respond(model)  # the SDK's method names the operation
    assert getattr(await call(ibl, op), field) == "set by the test"


async def test_raw_json_and_raw_bytes(fake: FakeIBL, ibl: Any) -> None:
    op, field = subject()
    fake.on(op.operation_id).respond({**fake.sample(op.operation_id), field: "raw json"}, once=True)
    raw = json.dumps({**fake.sample(op.operation_id), field: "raw bytes"}).encode()
    fake.on(op.operation_id).respond(raw, once=True)
    assert getattr(await call(ibl, op), field) == "raw json"
    assert getattr(await call(ibl, op), field) == "raw bytes"


async def test_an_error_once_with_retry_after_is_waited_out_by_the_sdk(
    fake: FakeIBL, ibl: Any, clock: FakeClock
) -> None:
    op, _ = subject()
    fake.on(op.operation_id).fail(503, retry_after=7, once=True)
    await call(ibl, op)
    assert [c.status for c in fake.calls] == [503, 200]
    assert clock.sleeps == [7]  # the SDK's retry read the fake's Retry-After


async def test_an_error_every_time_reaches_the_caller_after_the_retries(
    fake: FakeIBL, ibl: Any, clock: FakeClock
) -> None:
    op, _ = subject()
    fake.on(op.operation_id).fail(500, detail="broken for the test")
    with pytest.raises(ServerError, match="broken for the test"):
        await call(ibl, op)
    assert [c.status for c in fake.calls] == [500, 500, 500]  # the call and two retries


async def test_a_dropped_connection_is_a_connection_error_after_the_retries(
    fake: FakeIBL, ibl: Any, clock: FakeClock
) -> None:
    op, _ = subject()
    fake.on(op.operation_id).drop()
    with pytest.raises(APIConnectionError):
        await call(ibl, op)
    assert [c.status for c in fake.calls] == [None, None, None]
    fake.on(op.operation_id).reset().drop(once=True)
    await call(ibl, op)  # dropped once, then answered
    assert [c.status for c in fake.calls][3:] == [None, 200]


async def test_latency_longer_than_the_timeout_is_a_timeout(fake: FakeIBL, kind: str) -> None:
    """The fake waits out a latency on an event its stop sets: this test never sleeps 30 s."""
    from .conftest import make_client

    op, _ = subject()
    fake.on(op.operation_id).respond(delay=30)
    client = make_client(fake, kind, timeout=0.2, max_retries=0)
    with pytest.raises(APITimeoutError):
        await call(client, op)
    assert [(c.status, c.delay) for c in fake.calls] == [(200, 30)]
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()


async def test_once_answers_queue_before_the_standing_one(fake: FakeIBL, ibl: Any) -> None:
    op, field = subject()
    sample = fake.sample(op.operation_id)
    route = fake.on(op.operation_id)
    route.respond({**sample, field: "always"})
    route.respond({**sample, field: "first"}, once=True)
    route.respond({**sample, field: "second"}, once=True)
    seen = [getattr(await call(ibl, op), field) for _ in range(4)]
    assert seen == ["first", "second", "always", "always"]
    route.reset()
    assert getattr(await call(ibl, op), field) == sample[field]
    assert len(route.calls) == 5


async def test_an_outage_on_every_operation_beats_their_own_answers(
    fake: FakeIBL, ibl: Any, clock: FakeClock
) -> None:
    op, field = subject()
    sample = fake.sample(op.operation_id)
    fake.on(op.operation_id).respond({**sample, field: "own"})
    fake.on(EVERY).fail(404)
    with pytest.raises(NotFoundError):
        await call(ibl, op)
    fake.on(op.operation_id).respond({**sample, field: "once"}, once=True)
    assert getattr(await call(ibl, op), field) == "once"  # a once-answer still comes first
    fake.on(EVERY).reset()
    assert getattr(await call(ibl, op), field) == "own"


async def test_a_stateful_answer_sees_the_call_and_the_sample(fake: FakeIBL, ibl: Any) -> None:
    op, field = subject()
    counted: list[RecordedCall] = []

    def count(recorded: RecordedCall, sample: Any) -> Any:
        counted.append(recorded)
        return {**sample, field: f"call {len(counted)}"}

    fake.on(op.operation_id).respond_with(count)
    assert [getattr(await call(ibl, op), field) for _ in range(2)] == ["call 1", "call 2"]
    assert [c.operation_id for c in counted] == [op.operation_id] * 2
    fake.on(op.operation_id).respond_with(lambda recorded, sample: Reply(status=202), once=True)
    response = await call_detailed(ibl, op)
    assert response.status_code == 202


async def call_detailed(client: Any, op: Operation) -> Any:
    from .conftest import module_name

    group, name = module_name(op).split(".")
    result = getattr(getattr(client, group), f"{name}_detailed")()
    return await result if isinstance(client, AsyncClient) else result


def path_query_and_body(op: Operation) -> bool:
    """A POST with a path parameter, an optional integer query parameter, and a JSON body."""
    content = (op.request_body or {}).get("content") or {}
    return (
        op.method == "post"
        and any(p.location == "path" for p in op.parameters)
        and any(
            p.location == "query" and not p.required and p.schema.get("type") == "integer"
            for p in op.parameters
        )
        and "application/json" in content
    )


async def test_calls_are_recorded_without_credentials(fake: FakeIBL, ibl: Any) -> None:
    from contract.args import build_call

    from .conftest import spec

    op = simplest(path_query_and_body, "POST with a path parameter, a query and a JSON body")
    built = build_call(
        spec(), op, "ibl_client.generated.api", optional=True, function_name="asyncio"
    )
    assert built.error is None, built.error
    await call(ibl, op, **built.kwargs)
    (recorded,) = fake.calls
    path_names = {p.name for p in op.parameters if p.location == "path"}
    query_names = {p.name for p in op.parameters if p.location == "query"}
    assert recorded.operation_id == op.operation_id
    assert set(recorded.path_params) == path_names
    assert set(recorded.query) == query_names  # optional=True: every parameter was given
    assert recorded.json == json.loads(recorded.content)
    assert isinstance(recorded.json, dict)
    assert "authorization" not in recorded.headers
    assert "fake-ibl-api-key" not in repr(recorded) + json.dumps(dict(recorded.headers))


def test_an_operation_is_named_by_id_by_sdk_method_or_by_module(fake: FakeIBL) -> None:
    import importlib

    op, _ = subject()
    from .conftest import module_name

    module = importlib.import_module(f"ibl_client.generated.api.{module_name(op)}")
    with fake.client() as sync:
        routes = {
            fake.on(op.operation_id),
            fake.on(method_of(sync, op)),
            fake.on(method_of(fake.async_client(), op)),
            fake.on(module),
            fake.on(module.OPERATION),
        }
    assert len(routes) == 1
    with pytest.raises(KeyError, match="no operation of that id"):
        fake.on("no_such_operation_anywhere")
    with pytest.raises(TypeError, match="is no operation"):
        fake.on(42)


def test_a_path_the_description_lacks_is_404_and_a_violation(fake: FakeIBL) -> None:
    with httpx.Client(base_url=fake.url) as http:
        response = http.get("/api/no/such/path/")
    assert (response.status_code, response.json()) == (404, {"detail": "Not found."})
    (violation,) = fake.take_violations()
    assert (violation.operation, violation.field) == ("GET /api/no/such/path/", "path")
    fake.fallback = lambda recorded: Reply(b"stored", 201) if recorded.method == "PUT" else None
    with httpx.Client(base_url=fake.url) as http:
        assert http.put("/storage/key", content=b"x").status_code == 201
        assert http.get("/storage/key").status_code == 404
    assert [c.status for c in fake.calls][1:] == [201, 404]
    assert len(fake.take_violations()) == 1


def test_a_reply_refuses_a_negative_latency_and_a_status_that_is_not_http() -> None:
    with pytest.raises(ValueError, match="delay: -1 is negative"):
        Reply(delay=-1)
    with pytest.raises(ValueError, match="status: 99 is not an HTTP status"):
        Reply(status=99)
