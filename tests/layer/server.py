"""A scripted HTTP/1.1 server on loopback, for tests that need real sockets.

It runs an asyncio server in a background thread, so sync and async clients can both use it.
Each request takes the next scripted action (or ``default``): a reply, a reset of the
connection, or a hang until the client gives up.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
from collections import deque
from http import HTTPStatus
from typing import Any

import attrs


@attrs.frozen
class Action:
    kind: str = "reply"  # reply | reset | hang
    status: int = 200
    body: bytes = b"{}"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0


def reply(
    status: int = 200,
    json_body: Any = None,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    delay: float = 0.0,
) -> Action:
    if body is None:
        body = json.dumps({} if json_body is None else json_body).encode()
    return Action("reply", status, body, tuple((headers or {}).items()), delay)


RESET = Action("reset")
HANG = Action("hang")


@attrs.frozen
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    def __init__(self) -> None:
        self.script: deque[Action] = deque()
        self.default = reply(200, {"id": 1, "name": "default"})
        self.requests: list[Seen] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def then(self, *actions: Action) -> ScriptedServer:
        self.script.extend(actions)
        return self

    def start(self) -> ScriptedServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=2048), self._loop
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
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", 0)))
                self.requests.append(Seen(method, path, headers, body))
                action = self.script.popleft() if self.script else self.default
                if action.kind == "reset":
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    writer.transport.abort()
                    return
                if action.kind == "hang":
                    await reader.read()  # until the client closes the connection
                    return
                await asyncio.sleep(action.delay)
                phrase = HTTPStatus(action.status).phrase
                out = [f"HTTP/1.1 {action.status} {phrase}", f"Content-Length: {len(action.body)}"]
                if not any(k.lower() == "content-type" for k, _ in action.headers):
                    out.append("Content-Type: application/json")
                out += [f"{k}: {v}" for k, v in action.headers]
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + action.body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
