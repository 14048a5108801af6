"""RetryPolicy.deadline: a whole call, attempts and waits together, within a bound (real time,
real sockets)."""

from __future__ import annotations

import time
from typing import Any

import attrs
import pytest

from ibl_client import (
    APITimeoutError,
    AsyncClient,
    Client,
    ConfigurationError,
    RetryPolicy,
    ServerError,
)

from . import fake_operation as op
from .server import HANG, ScriptedServer, reply

TWINS = ["sync", "async"]
# Many retries, short waits: without a deadline this call would take 100 x 0.05 s and more.
KEEP_TRYING = RetryPolicy(max_retries=100, wait_initial=0.05, wait_jitter=0, wait_exp_base=1)


async def call(twin: str, server: ScriptedServer, **options: Any) -> None:
    """One call of the fake operation through a fresh client."""
    if twin == "sync":
        with Client(api_key="k", base_url=server.url, **options) as ibl:
            op.sync(client=ibl)
    else:
        async with AsyncClient(api_key="k", base_url=server.url, **options) as ibl:
            await op.asyncio(client=ibl)


@pytest.mark.parametrize("twin", TWINS)
async def test_a_deadline_stops_retrying_a_failing_server(
    twin: str, server: ScriptedServer
) -> None:
    server.default = reply(503, {"detail": "down"})
    policy = attrs.evolve(KEEP_TRYING, deadline=0.4)
    started = time.monotonic()
    with pytest.raises(ServerError) as info:
        await call(twin, server, retry=policy)
    elapsed = time.monotonic() - started
    assert elapsed < 1.0
    assert 2 <= info.value.retries < 20
    assert len(server.requests) == info.value.retries + 1


@pytest.mark.parametrize("twin", TWINS)
async def test_a_deadline_cuts_a_hanging_attempt_even_without_timeouts(
    twin: str, server: ScriptedServer
) -> None:
    server.default = HANG
    policy = attrs.evolve(KEEP_TRYING, deadline=0.4)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        await call(twin, server, retry=policy, timeout=None)
    assert time.monotonic() - started < 1.5
    assert str(info.value).endswith("(deadline 0.4s)")


@pytest.mark.parametrize("twin", TWINS)
async def test_a_wait_the_deadline_cannot_hold_is_not_slept(
    twin: str, server: ScriptedServer
) -> None:
    server.then(reply(503, headers={"Retry-After": "5"}))
    policy = RetryPolicy(deadline=1.0)
    started = time.monotonic()
    with pytest.raises(ServerError) as info:
        await call(twin, server, retry=policy)
    assert time.monotonic() - started < 0.5
    assert (info.value.retries, len(server.requests)) == (0, 1)


async def test_retries_within_the_deadline_still_happen(server: ScriptedServer) -> None:
    server.then(reply(503), reply(502))
    server.default = reply(200, {"id": 1, "name": "ok"})
    policy = RetryPolicy(wait_initial=0.01, wait_jitter=0, deadline=5)
    await call("async", server, retry=policy)
    assert len(server.requests) == 3


def test_the_deadline_is_off_by_default_and_validated() -> None:
    assert RetryPolicy().deadline is None
    for bad in (0, -1, "5", True):
        with pytest.raises(ConfigurationError, match=r"^deadline: "):
            RetryPolicy(deadline=bad)  # type: ignore[arg-type]
