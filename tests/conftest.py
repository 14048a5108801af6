"""Fixtures every suite may use: a clean IBL_* environment, and scripted loopback servers."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from layer.server import ScriptedServer


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No IBL_* variable from the developer's shell, and the ibl_client logger restored."""
    for name in (
        "IBL_API_KEY",
        "IBL_AUTH_KIND",
        "IBL_BASE_URL",
        "IBL_TIMEOUT",
        "IBL_MAX_RETRIES",
        "IBL_DEBUG",
        "IBL_STRICT",
    ):
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
