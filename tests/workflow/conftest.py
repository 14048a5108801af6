"""The mentor workflow's loopback servers (servers.py, on the testing kit's fake API) as
fixtures; the tests make a client of each kind on them (tests/support/clients.py:
``AsyncClient`` on both backends, and ``Client``). A request the description does not allow
fails the test at teardown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# The layer's certificate and forward proxy, reused (pytest takes fixtures a conftest imports).
from layer.conftest import SECRET, Certificate, certificate, proxy  # noqa: F401

from ibl_client.testing import FakeIBL

from .servers import MentorPlayback, MentorSocket


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
