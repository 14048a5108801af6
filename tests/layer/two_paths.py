"""The same calls sent the short way (``_transports/direct.py``) and through httpx's public
``build_request``/``send``, recorded as the server and the caller see them, for tests that
compare the two: the bytes each request came as, what each call answered (status, the
redirects before it, ``elapsed`` set), and httpx's own log lines."""

from __future__ import annotations

import contextlib
import datetime
import logging
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest

from ibl_client import AsyncClient, Client
from ibl_client._operation import Operation
from ibl_client._transports import compat, direct

from .server import Action, ScriptedServer, reply

#: (method, path, request arguments, the server's answer): a query that quotes differently
#: across httpx versions, a JSON body, a call's own header, a redirect, and a cookie the
#: server sets, sent back by the next call.
CALLS: tuple[tuple[str, str, dict[str, Any], tuple[Action, ...]], ...] = (
    (
        "GET",
        "/api/a/",
        {"params": {"q": "x y&z=ü/~*", "list": ["1", "2"], "yes": True, "none": None}},
        (reply(200, {"a": 1}),),
    ),
    ("POST", "/api/b/", {"json": {"name": "ü", "n": [1, 2]}}, (reply(201, {"id": 2}),)),
    ("DELETE", "/api/c/", {"headers": {"X-Tenant": "t"}}, (reply(204, body=b""),)),
    (
        "GET",
        "/api/moved/",
        {"params": {"p": "1 2"}},
        (reply(302, headers={"Location": "/api/d/?n=1"}), reply(200, {"d": 1})),
    ),
    ("GET", "/api/login/", {}, (reply(200, {}, headers={"Set-Cookie": "sid=abc; Path=/"}),)),
    ("PUT", "/api/e/", {"json": {}}, (reply(200, {}),)),
)


@attrs.frozen
class Record:
    wire: tuple[bytes, ...]  # each request as the server received it
    answers: tuple[tuple[int, tuple[int, ...], bool], ...]  # status, redirects, elapsed set
    log: tuple[str, ...]  # httpx's "HTTP Request: ..." lines
    short_sends: int  # how many calls took the short way


def _elapsed_set(response: httpx.Response) -> bool:
    return all(isinstance(r.elapsed, datetime.timedelta) for r in (*response.history, response))


class _Recorder:
    def __init__(self, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.server = server
        self.answers: list[tuple[int, tuple[int, ...], bool]] = []
        self.short_sends = 0
        for name in ("send", "send_async"):
            monkeypatch.setattr(direct, name, self._counting(getattr(direct, name)))
        server.requests.clear()
        for *_, actions in CALLS:
            server.then(*actions)

    def _counting(self, send: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            self.short_sends += 1
            return send(*args)

        return counted

    def kwargs(self, method: str, path: str, arguments: dict[str, Any]) -> dict[str, Any]:
        return {"method": method, "url": path, **arguments}

    def parse(self, response: httpx.Response) -> None:
        history = tuple(r.status_code for r in response.history)
        self.answers.append((response.status_code, history, _elapsed_set(response)))

    def record(self, caplog: pytest.LogCaptureFixture) -> Record:
        log = tuple(r.getMessage() for r in caplog.records if r.name == "httpx")
        wire = tuple(seen.raw for seen in self.server.requests)
        return Record(wire, tuple(self.answers), log, self.short_sends)


@contextlib.contextmanager
def _recording(
    server: ScriptedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    short: bool,
) -> Iterator[_Recorder]:
    """The short way allowed (where it applies) or not, for the clients made inside."""
    caplog.clear()
    caplog.set_level(logging.INFO, logger="httpx")
    with monkeypatch.context() as patch:
        patch.setattr(compat, "DIRECT", short and compat.DIRECT)
        yield _Recorder(server, patch)


def sync_calls(
    server: ScriptedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    *,
    short: bool,
) -> Record:
    """Send :data:`CALLS` from a sync client, the short way where it applies or never."""
    with _recording(server, monkeypatch, caplog, short) as recorder:
        with Client(api_key="k", base_url=server.url, max_retries=0) as ibl:
            for method, path, arguments, _ in CALLS:
                ibl._send(
                    Operation("op", method, path, recorder.parse),
                    recorder.kwargs(method, path, arguments),
                )
        return recorder.record(caplog)


async def async_calls(
    server: ScriptedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    *,
    short: bool,
    backend: str,
) -> Record:
    """The async twin of :func:`sync_calls`, on the given backend."""
    with _recording(server, monkeypatch, caplog, short) as recorder:
        async with AsyncClient(
            api_key="k", base_url=server.url, max_retries=0, backend=backend
        ) as ibl:
            for method, path, arguments, _ in CALLS:
                await ibl._send(
                    Operation("op", method, path, recorder.parse),
                    recorder.kwargs(method, path, arguments),
                )
        return recorder.record(caplog)
