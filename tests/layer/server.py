"""Servers on loopback, for tests that need real sockets: a scripted HTTP/1.1 server (also over
TLS) and a forward proxy (CONNECT tunnels and absolute-form HTTP requests).

Each runs an asyncio server in a background thread, so sync and async clients can both use it.
Each request to the scripted server takes the next scripted action (or ``default``): a reply, a
reset of the connection, or a hang until the client gives up.
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
import threading
from collections import deque
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs


@attrs.frozen
class Action:
    kind: str = "reply"  # reply | reset | close | hang | truncate (half the body, then close)
    status: int = 200
    body: bytes = b"{}"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    #: The status line's reason phrase; None: the status's standard one.
    reason: str | None = None


def reply(
    status: int = 200,
    json_body: Any = None,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    delay: float = 0.0,
    reason: str | None = None,
) -> Action:
    if body is None:
        body = json.dumps({} if json_body is None else json_body).encode()
    return Action("reply", status, body, tuple((headers or {}).items()), delay, reason)


def truncated(body: bytes, headers: dict[str, str] | None = None) -> Action:
    """A 200 that promises ``body`` (its Content-Length) but closes after half of it."""
    return Action("truncate", 200, body, tuple((headers or {}).items()))


RESET = Action("reset")
CLOSE = Action("close")  # the request read, the connection closed without an answer
HANG = Action("hang")


@attrs.frozen
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    #: The client's address and port: which connection the request came on.
    peer: tuple[str, int] = ("", 0)
    raw: bytes = b""  # the request as it came on the wire: head and body


class LoopbackServer:
    """An asyncio server on 127.0.0.1 in its own thread; subclasses implement ``_serve``."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self: S) -> S:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=2048, ssl=self.tls),
            self._loop,
        )
        self._server = future.result(5)
        self.port: int = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise NotImplementedError


S = TypeVar("S", bound=LoopbackServer)


async def read_head(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes]:
    """The first line, the headers (lower-case names) and the raw bytes of a message head."""
    head = await reader.readuntil(b"\r\n\r\n")
    first, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return first, headers, head


class ScriptedServer(LoopbackServer):
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(tls)
        self.script: deque[Action] = deque()
        self.default = reply(200, {"id": 1, "name": "default"})
        self.requests: list[Seen] = []

    def then(self, *actions: Action) -> ScriptedServer:
        self.script.extend(actions)
        return self

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            first, headers, head = await read_head(reader)
            method, path, _ = first.split(" ", 2)
            body = await reader.readexactly(int(headers.get("content-length", 0)))
            peer = writer.get_extra_info("peername")[:2]
            self.requests.append(Seen(method, path, headers, body, peer, head + body))
            action = self.script.popleft() if self.script else self.default
            if action.kind == "reset":
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
                return
            if action.kind == "close":
                return  # _handle closes the connection
            if action.kind == "hang":
                await reader.read()  # until the client closes the connection
                return
            await asyncio.sleep(action.delay)
            phrase = HTTPStatus(action.status).phrase if action.reason is None else action.reason
            out = [f"HTTP/1.1 {action.status} {phrase}", f"Content-Length: {len(action.body)}"]
            if not any(k.lower() == "content-type" for k, _ in action.headers):
                out.append("Content-Type: application/json")
            out += [f"{k}: {v}" for k, v in action.headers]
            body = (
                action.body[: len(action.body) // 2] if action.kind == "truncate" else action.body
            )
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
            if action.kind == "truncate":
                writer.transport.abort()
                return


class ForwardProxy(LoopbackServer):
    """An HTTP forward proxy: ``CONNECT host:port`` opens a tunnel; a request in absolute form
    (``GET http://host:port/path``) is sent on to its origin. ``seen`` lists each request line's
    method and target."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            first, headers, head = await read_head(reader)
            method, target, version = first.split(" ", 2)
            self.seen.append(f"{method} {target}")
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                up_reader, up_writer = await asyncio.open_connection(host, int(port))
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await writer.drain()
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
                return
            url = urlsplit(target)
            body = await reader.readexactly(int(headers.get("content-length", 0)))
            lines = head.decode("latin-1").split("\r\n")[1:]
            kept = [line for line in lines if line and not line.lower().startswith("proxy-")]
            origin_form = url.path + (f"?{url.query}" if url.query else "")
            up_reader, up_writer = await asyncio.open_connection(url.hostname, url.port)
            request = "\r\n".join([f"{method} {origin_form} {version}", *kept]) + "\r\n\r\n"
            up_writer.write(request.encode("latin-1") + body)
            _, answer_headers, answer_head = await read_head(up_reader)
            answer = await up_reader.readexactly(int(answer_headers.get("content-length", 0)))
            up_writer.close()
            writer.write(answer_head + answer)
            await writer.drain()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while chunk := await source.read(65536):
            sink.write(chunk)
            await sink.drain()
    finally:
        sink.close()
