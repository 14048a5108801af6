"""The mentor workflow's loopback servers (servers.py, on the testing kit's fake API) as
fixtures, and a client of each kind on them: ``AsyncClient`` on both async backends, and
``Client``. A request the description does not allow fails the test at teardown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

# The layer's certificate and forward proxy, reused (pytest takes fixtures a conftest imports).
from layer.conftest import SECRET, Certificate, certificate, proxy  # noqa: F401

from ibl_client import AsyncClient, Client, RetryPolicy
from ibl_client.testing import FakeIBL

from .servers import MentorPlayback, MentorSocket

FAST = RetryPolicy(wait_initial=0, wait_jitter=0)
#: The clients each workflow test runs with: the async one on each backend, and the sync one.
KINDS = ["aiohttp", "httpx", "sync"]


@pytest.fixture
def fake() -> Iterator[FakeIBL]:
    """The API on loopback, from the SDK's description; fails the test at teardown if a
    request did not fit it."""
    with FakeIBL() as running:
        yield running
    running.check()


@pytest.fixture
def playback(fake: FakeIBL) -> MentorPlayback:
    return MentorPlayback(fake, polls_to_train=3, failing=frozenset({"broken.txt"}))


@pytest.fixture
def api(fake: FakeIBL, playback: MentorPlayback) -> str:
    return fake.url


@pytest.fixture
def socket() -> Iterator[MentorSocket]:
    server = MentorSocket(token=SECRET, mentors={"tutor"}).start()
    yield server
    server.stop()


@pytest.fixture
def tls_socket(certificate: Certificate) -> Iterator[MentorSocket]:  # noqa: F811
    server = MentorSocket(token=SECRET, tls=certificate.server_context()).start()
    yield server
    server.stop()


def make_client(kind: str, api: str, **options: Any) -> AsyncClient | Client:
    """A client of ``kind`` (one of KINDS) on the loopback API, with the test's secret."""
    options = {"api_key": SECRET, "base_url": api, "retry": FAST, **options}
    if kind == "sync":
        return Client(**options)
    return AsyncClient(backend=kind, **options)
