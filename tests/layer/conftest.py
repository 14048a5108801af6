from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from ibl_client import AsyncClient, AsyncRetryTransport, Client, RetryTransport

from .server import ScriptedServer

SECRET = "sk-live-DO-NOT-LEAK-1234"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No IBL_* variable from the developer's shell, and the ibl_client logger restored."""
    for name in ("IBL_API_KEY", "IBL_AUTH_KIND", "IBL_BASE_URL", "IBL_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name in ("IBL_MAX_RETRIES", "IBL_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger("ibl_client")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def other_server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    yield srv
    srv.stop()


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
