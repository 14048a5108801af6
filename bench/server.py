"""The benchmark's loopback server: a bare asyncio HTTP/1.1 keep-alive server in its own process.

It answers from a table of canned bodies (``ROUTES``) keyed by path, so its cost per request is a
dictionary look-up and one ``write``; it must never be what a benchmark measures. It listens on
127.0.0.1 only, on a port the OS picks, and stops by itself after ``--max-requests`` requests,
after ``--seconds`` seconds, or when its parent closes its standard input, whichever comes first.

    python -m bench.server --max-requests 100000 --seconds 600   # prints "PORT <n>", then serves

In a benchmark, use :func:`running`, which also reports the server's CPU time, so a run can show
the server was not saturated.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
TIME_SPENT_PATH = "/api/analytics/time-spent/user/"
API_TOKENS_PATH = "/api/core/platform/api-tokens/"
LIST_ITEMS = 50


def api_tokens(count: int = LIST_ITEMS) -> list[dict[str, object]]:
    """A valid ``core_platform_api_tokens_list`` body: ``count`` ``PlatformApiKey`` objects."""
    return [
        {
            "username": f"admin{i}",
            "name": f"ci-token-{i}",
            "key": f"{i:040x}",
            "platform_key": "main",
            "expires": "2026-01-31T12:00:00+00:00",
            "created": "2025-01-31T12:00:00.123456+00:00",
            "expires_in": "30 00:00:00" if i % 2 else None,
        }
        for i in range(count)
    ]


ROUTES: dict[str, bytes] = {
    TIME_SPENT_PATH: json.dumps({"total_seconds": 1}).encode(),
    API_TOKENS_PATH: json.dumps(api_tokens()).encode(),
}
NOT_FOUND = b'{"detail": "Not found."}'


def _response(status: bytes, body: bytes) -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    return head + body


RESPONSES = {path: _response(b"200 OK", body) for path, body in ROUTES.items()}
MISSING = _response(b"404 Not Found", NOT_FOUND)


class _Budget:
    def __init__(self, max_requests: int) -> None:
        self.left = max_requests
        self.exhausted = asyncio.Event()

    def take(self) -> bool:
        self.left -= 1
        if self.left <= 0:
            self.exhausted.set()
        return self.left >= 0


class _HTTP11(asyncio.Protocol):
    """Keep-alive HTTP/1.1: requests are answered in order; bodies are read and ignored."""

    def __init__(self, budget: _Budget) -> None:
        self._budget = budget
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data
        out = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            marker = head.lower().find(b"\r\ncontent-length:")
            if marker >= 0:
                line_end = head.find(b"\r\n", marker + 2)
                length = int(head[marker + 17 : line_end if line_end >= 0 else None])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            if not self._budget.take():
                break
            target = head[head.find(b" ") + 1 : head.find(b" HTTP/")]
            path = target.split(b"?", 1)[0].decode("latin-1")
            out.append(RESPONSES.get(path, MISSING))
        self._buffer = buffer
        assert self._transport is not None
        if out:
            self._transport.write(b"".join(out))
        if self._budget.left < 0:
            self._transport.close()


async def serve(max_requests: int, seconds: float) -> None:
    loop = asyncio.get_running_loop()
    budget = _Budget(max_requests)
    server = await loop.create_server(lambda: _HTTP11(budget), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stdin_closed = asyncio.Event()
    loop.add_reader(sys.stdin.fileno(), lambda: _drain_stdin(stdin_closed))
    waits = [asyncio.ensure_future(e.wait()) for e in (budget.exhausted, stdin_closed)]
    await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    server.close()


def _drain_stdin(closed: asyncio.Event) -> None:
    if not os.read(sys.stdin.fileno(), 4096):
        asyncio.get_running_loop().remove_reader(sys.stdin.fileno())
        closed.set()


@attrs.define
class Server:
    """A running server process: its base URL, and its CPU seconds so far."""

    process: subprocess.Popen[bytes]
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """User + system CPU time the server has used (from /proc; 0.0 where unavailable)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def running(max_requests: int = 2_000_000, seconds: float = 900) -> Iterator[Server]:
    """Start the server in a child process (any Python will do: it needs only ``attrs``)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.server",
            f"--max-requests={max_requests}",
            f"--seconds={seconds}",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start (said {line!r})")
        yield Server(process, int(line.split()[1]))
    finally:
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()
    asyncio.run(serve(args.max_requests, args.seconds))


if __name__ == "__main__":
    main()
