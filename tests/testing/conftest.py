"""The testing kit's tests: a fake on the SDK's own description, operations chosen from it by
what they are (never by name, so the tests hold after an API bump), and a way to call any of
them through the SDK as a user would (``ibl.<group>.<method>``)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from contract.args import module_name
from contract.spec import Operation, Spec

# The retry layer's recorded clock (tests/layer/conftest.py), reused: no test here waits.
from layer.conftest import FakeClock, clock  # noqa: F401

from ibl_client import AsyncClient, Client
from ibl_client.testing import Description, FakeIBL

KINDS = ["aiohttp", "httpx", "sync"]


@functools.cache
def description() -> Description:
    return Description.own()


@functools.cache
def spec() -> Spec:
    """The same description seen by the contract suite's helpers (arguments for any call)."""
    return Spec(description().document)


def simplest(predicate: Callable[[Operation], bool], what: str) -> Operation:
    """The operation that fits with the fewest parameters (then by id)."""
    fitting = [op for op in spec().operations if predicate(op)]
    assert fitting, f"the description has no {what}"
    return min(fitting, key=lambda op: (len(op.parameters), op.operation_id))


def json_schema(op: Operation, status: str) -> Any:
    media = ((op.responses.get(status) or {}).get("content") or {}).get("application/json")
    return None if media is None else spec().resolve(media.get("schema") or {})


def answers_an_object(op: Operation) -> bool:
    """A GET whose only success is a 200 JSON object with a required plain string property,
    and no required parameter: callable with no argument, its answer checkable field by field."""
    schema = json_schema(op, "200")
    return (
        op.method == "get"
        and op.success_codes() == [200]
        and not any(p.required for p in op.parameters)
        and isinstance(schema, dict)
        and schema.get("type") == "object"
        and plain_string_property(schema) is not None
    )


def plain_string_property(schema: dict[str, Any]) -> str | None:
    """A required, non-nullable string property without format, enum or pattern."""
    for name in sorted(schema.get("required") or ()):
        prop = spec().resolve((schema.get("properties") or {}).get(name, {}))
        if (
            prop.get("type") == "string"
            and not {"format", "enum", "pattern", "nullable", "readOnly"} & set(prop)
            and name.isidentifier()
        ):
            return str(name)
    return None


def method_of(client: Any, op: Operation) -> Any:
    """``client.<group>.<method>``: what a user calls."""
    group, name = module_name(op).split(".")
    return getattr(getattr(client, group), name)


@pytest.fixture
def fake() -> Iterator[FakeIBL]:
    with FakeIBL(description()) as running:
        yield running


Call = Callable[..., Awaitable[Any]]


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(fake: FakeIBL, kind: str, **options: Any) -> AsyncClient | Client:
    if kind == "sync":
        return fake.client(**options)  # type: ignore[return-value]
    return fake.async_client(backend=kind, **options)  # type: ignore[return-value]


async def call(client: AsyncClient | Client, op: Operation, *args: Any, **kwargs: Any) -> Any:
    """Call ``op`` through ``client``'s group method, awaiting it on an async client."""
    result = method_of(client, op)(*args, **kwargs)
    if isinstance(client, AsyncClient):
        result = await result
    return result


@pytest.fixture
async def ibl(fake: FakeIBL, kind: str) -> Any:
    """A client of ``kind`` on the fake (fake credentials, retries that do not wait)."""
    client = make_client(fake, kind)
    yield client
    if isinstance(client, AsyncClient):
        await client.aclose()
    else:
        client.close()
