from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from ibl_client import AsyncClient, AsyncRetryTransport, Client, RetryTransport

SECRET = "sk-live-DO-NOT-LEAK-1234"


class Sleeps(list[float]):
    """An injectable sleep that records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@contextlib.asynccontextmanager
async def async_client(
    inner: httpx.AsyncBaseTransport, sleeps: Sleeps, **options: Any
) -> AsyncIterator[AsyncClient]:
    """An AsyncClient whose retry transport records its sleeps (the documented http_client path)."""
    options.setdefault("api_key", SECRET)
    options.setdefault("base_url", "https://api.test")
    transport = AsyncRetryTransport(inner, sleep=sleeps.async_)
    http = httpx.AsyncClient(transport=transport, follow_redirects=True)
    async with http, AsyncClient(http_client=http, **options) as ibl:
        yield ibl


@contextlib.contextmanager
def sync_client(inner: httpx.BaseTransport, sleeps: Sleeps, **options: Any) -> Iterator[Client]:
    options.setdefault("api_key", SECRET)
    options.setdefault("base_url", "https://api.test")
    transport = RetryTransport(inner, sleep=sleeps)
    http = httpx.Client(transport=transport, follow_redirects=True)
    with http, Client(http_client=http, **options) as ibl:
        yield ibl
