"""The mentor workflow's loopback servers (servers.py) as fixtures; the tests make a client of
each kind on them (tests/support/clients.py: ``AsyncClient`` on both backends, and ``Client``)."""

from __future__ import annotations

from collections.abc import Iterator

import by_property
import pytest

# The layer's certificate and forward proxy, reused (pytest takes fixtures a conftest imports).
from layer.conftest import SECRET, Certificate, certificate, proxy  # noqa: F401

from .servers import Answers, MentorPlayback, MentorSocket, serve_http


@pytest.fixture(scope="session")
def answers() -> Answers:
    return Answers(by_property.spec())


@pytest.fixture
def playback(answers: Answers) -> MentorPlayback:
    return MentorPlayback(answers, polls_to_train=3, failing=frozenset({"broken.txt"}))


@pytest.fixture
def api(playback: MentorPlayback) -> Iterator[str]:
    with serve_http(playback) as url:
        yield url


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
