from __future__ import annotations

from collections.abc import Iterator

import pytest
from layer.server import ScriptedServer


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("IBL_API_KEY", "IBL_AUTH_KIND", "IBL_BASE_URL", "IBL_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name in ("IBL_MAX_RETRIES", "IBL_DEBUG"):
        monkeypatch.delenv(name, raising=False)


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
