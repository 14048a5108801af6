from __future__ import annotations

import contextlib
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from support.clients import SECRET as SECRET  # the test API key, re-exported
from support.prerequisites import missing

from ibl_client import AsyncClient, AsyncRetryTransport, Client, RetryTransport
from ibl_client._transports import retry

from .server import ForwardProxy, ScriptedServer


class Sleeps(list[float]):
    """An injectable sleep that records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


class FakeClock:
    """The retry layer's clock and waits (``retry.monotonic``, ``sleep``, ``async_sleep``):
    time moves only when a wait is slept or a test calls ``advance``; waits are recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(retry, "monotonic", fake.monotonic)
    monkeypatch.setattr(retry, "sleep", fake.sleep)
    monkeypatch.setattr(retry, "async_sleep", fake.async_sleep)
    return fake


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


@attrs.frozen
class Certificate:
    """A self-signed certificate for 127.0.0.1: ``cert`` (PEM), ``key``, and ``directory``, an
    OpenSSL hashed directory holding it (what SSL_CERT_DIR names)."""

    cert: Path
    key: Path
    directory: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    if shutil.which("openssl") is None:
        missing("needs the openssl command to make a test certificate")
    out = tmp_path_factory.mktemp("tls")
    cert, key, directory = out / "cert.pem", out / "key.pem", out / "certs"
    command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2"
    command += " -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1"
    subprocess.run(
        [*command.split(), "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True
    )
    subject_hash = subprocess.run(
        ["openssl", "x509", "-hash", "-noout", "-in", str(cert)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    directory.mkdir()
    shutil.copy(cert, directory / f"{subject_hash}.0")
    return Certificate(cert, key, directory)


@pytest.fixture
def tls_server(certificate: Certificate) -> Iterator[ScriptedServer]:
    srv = ScriptedServer(tls=certificate.server_context()).start()
    yield srv
    srv.stop()


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    srv = ForwardProxy().start()
    yield srv
    srv.stop()


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
CA_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def set_environment(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    """Exactly these proxy and CA variables (in both spellings, as urllib reads both)."""
    for name in PROXY_VARIABLES + CA_VARIABLES:
        for spelling in {name, name.lower()} if name in PROXY_VARIABLES else {name}:
            monkeypatch.delenv(spelling, raising=False)
            if name in values:
                monkeypatch.setenv(spelling, values[name])
