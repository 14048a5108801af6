"""A client on a loopback server, made the one way tests make it: the test secret as the API key
(tests/layer/test_secrets.py looks for it in logs and errors) and the fast retry policy, each
overridable (``max_retries=0``: no retries at all, as tests that count requests want).

``client`` is the async client (on the SDK's default backend unless told), ``sync_on``
the sync one, ``of_kind`` either, for tests run with every kind (``KINDS``).
"""

from __future__ import annotations

from typing import Any, Protocol

import pytest

from ibl_client import AsyncClient, Client

from .retrying import FAST

#: The API key tests send; tests that check redaction look for it in what the SDK shows.
SECRET = "sk-live-DO-NOT-LEAK-1234"
#: The clients a test may be run with: the async one on each backend, and the sync one.
KINDS = ["aiohttp", "httpx", "sync"]


class Served(Protocol):
    """A loopback server (tests/layer/server.py's and the workflow's): its base URL."""

    @property
    def url(self) -> str: ...


def _options(server: Served | str, options: dict[str, Any]) -> dict[str, Any]:
    defaults: dict[str, Any] = {"base_url": server if isinstance(server, str) else server.url}
    defaults["retry"] = FAST
    if "auth" not in options:  # a test that brings its own Auth sends no API key
        defaults["api_key"] = SECRET
    if options.get("backend") == "aiohttp":
        pytest.importorskip("aiohttp")
    return {**defaults, **options}


def client(server: Served | str, backend: str | None = None, **options: Any) -> AsyncClient:
    """An ``AsyncClient`` on ``server`` (on ``backend``, else the SDK's default one);
    ``options`` override the defaults."""
    if backend is not None:
        options["backend"] = backend
    return AsyncClient(**_options(server, options))


def sync_on(server: Served | str, **options: Any) -> Client:
    """A ``Client`` on ``server``; ``options`` override the defaults."""
    return Client(**_options(server, options))


def of_kind(kind: str, server: Served | str, **options: Any) -> AsyncClient | Client:
    """A client of ``kind`` (one of KINDS) on ``server``."""
    if kind == "sync":
        return sync_on(server, **options)
    return client(server, kind, **options)
