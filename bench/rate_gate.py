"""The client-wide rate gate: 1,000 concurrent calls against a server that rate-limits.

The server (this module with ``--serve``, in its own process) lets requests through a token
bucket: ``--rate`` tokens a second, at most ``--burst`` saved up; a request finding the bucket
empty is answered ``429`` with ``Retry-After`` in whole seconds (as RFC 9110 writes it: the time
until a token is there, rounded up). Each run starts with a full bucket, so the fastest any
client can finish is the bucket's ideal, ``(calls - burst) / rate`` seconds.

One ``AsyncClient`` sends all the calls at once (``asyncio.gather``), with retries enough that
none is lost, once with the rate gate (the default ``RetryPolicy``) and once without it
(``RetryPolicy(rate_gate=False)``: each request finds out on its own), in turn for
``--rounds`` rounds. Printed per variant: calls that succeeded, the 429s the server sent per
call, and the time against the bucket's ideal; then the gate's figures as ratios to the run
without it; then the calls that succeed with the default policy's retries, with and without.

    python -m bench.rate_gate [--calls 1000] [--rate 100] [--burst 100] [--rounds 1]

(About 10 s a run at the defaults, 40 s in all: the ideal is 9 s. ``--rate 50 --burst 50`` is
the issue's example, at twice the time.)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from . import report, server

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"
GATE = "with the gate"
NO_GATE = "without it"
#: Retries enough that no call is lost in either variant: the figures compare 429s and time.
ENOUGH_RETRIES = 1000
STATS_PATH = "/stats"
RESET_PATH = "/reset"


class _Bucket:
    """A token bucket on the server's clock, and what it answered."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.reset()

    def reset(self) -> None:
        self.tokens = float(self.burst)
        self.updated = time.monotonic()
        self.admitted = 0
        self.refused = 0

    def take(self) -> float | None:
        """None when a token was there, else the seconds until one is."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            self.admitted += 1
            return None
        self.refused += 1
        return (1 - self.tokens) / self.rate


def _answer(status: bytes, body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n" + extra + b""
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


class _Limited(asyncio.Protocol):
    """Keep-alive HTTP/1.1 (bodiless requests), each answer decided by the bucket."""

    def __init__(self, bucket: _Bucket) -> None:
        self._bucket = bucket
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data
        out = []
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            head, buffer = buffer[:end], buffer[end + 4 :]
            path = head[head.find(b" ") + 1 : head.find(b" HTTP/")].split(b"?", 1)[0].decode()
            out.append(self._answer_for(path))
        self._buffer = buffer
        assert self._transport is not None
        self._transport.write(b"".join(out))

    def _answer_for(self, path: str) -> bytes:
        bucket = self._bucket
        if path == STATS_PATH:
            stats = {"admitted": bucket.admitted, "refused": bucket.refused}
            return _answer(b"200 OK", json.dumps(stats).encode())
        if path == RESET_PATH:
            bucket.reset()
            return _answer(b"200 OK", b"{}")
        wait = bucket.take()
        if wait is None:
            return _answer(b"200 OK", server.ROUTES.get(path, server.NOT_FOUND))
        retry_after = str(math.ceil(wait)).encode()
        return _answer(
            b"429 Too Many Requests",
            b'{"detail": "Request was throttled."}',
            b"Retry-After: " + retry_after + b"\r\n",
        )


async def _serve(rate: float, burst: int) -> None:
    loop = asyncio.get_running_loop()
    bucket = _Bucket(rate, burst)
    listening = await loop.create_server(lambda: _Limited(bucket), "127.0.0.1", 0, backlog=2048)
    print(f"PORT {listening.sockets[0].getsockname()[1]}", flush=True)
    closed = asyncio.Event()

    def drain() -> None:  # the parent closes our stdin when it is done
        if not os.read(sys.stdin.fileno(), 4096):
            loop.remove_reader(sys.stdin.fileno())
            closed.set()

    loop.add_reader(sys.stdin.fileno(), drain)
    await closed.wait()
    listening.close()


@contextlib.contextmanager
def _running(rate: float, burst: int) -> Iterator[str]:
    command = [sys.executable, "-m", "bench.rate_gate", "--serve", f"--rate={rate}"]
    process = subprocess.Popen(
        [*command, f"--burst={burst}"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().decode()
        if not line.startswith("PORT "):
            raise RuntimeError(f"rate-limited server did not start (said {line!r})")
        yield f"http://127.0.0.1:{line.split()[1]}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)


async def _run(
    variant: str, base_url: str, calls: int, retries: int = ENOUGH_RETRIES
) -> tuple[int, int, float]:
    """(calls that succeeded, 429s the server sent, seconds) of one run from a full bucket."""
    import httpx

    import ibl_client
    from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve

    async with httpx.AsyncClient(base_url=base_url) as plain:
        await plain.get(RESET_PATH)
        policy = ibl_client.RetryPolicy(max_retries=retries, rate_gate=variant == GATE)
        async with ibl_client.AsyncClient(api_key=API_KEY, base_url=base_url, retry=policy) as ibl:
            started = time.perf_counter()
            answers = await asyncio.gather(
                *(analytics_time_spent_user_retrieve.asyncio(client=ibl) for _ in range(calls)),
                return_exceptions=True,
            )
            seconds = time.perf_counter() - started
        stats = (await plain.get(STATS_PATH)).json()
    succeeded = sum(1 for a in answers if not isinstance(a, BaseException))
    return succeeded, stats["refused"], seconds


def run(calls: int, rate: float, burst: int, rounds: int) -> None:
    ideal = (calls - burst) / rate
    report.heading(
        f"8. The rate gate: {calls} concurrent calls, a token bucket of {rate:g}/s (burst "
        f"{burst}) answering 429 + Retry-After; ideal {ideal:.1f} s; {rounds} round(s)"
    )
    results: dict[str, list[tuple[int, int, float]]] = {GATE: [], NO_GATE: []}
    with _running(rate, burst) as base_url:
        for turn in range(rounds):
            for variant in report.rotating([GATE, NO_GATE], turn):
                results[variant].append(asyncio.run(_run(variant, base_url, calls)))
    rows = []
    for variant, runs in results.items():
        succeeded = min(r[0] for r in runs)
        refusals = report.median([r[1] for r in runs])
        seconds = report.median([r[2] for r in runs])
        rows.append(
            [
                variant,
                f"{succeeded}/{calls}",
                f"{refusals:.0f} ({refusals / calls:.2f}/call)",
                f"{seconds:.1f} s ({seconds / ideal:.2f}x ideal)",
            ]
        )
    print(report.table(["client", "succeeded", "429s", "time"], rows))
    gate_429 = report.median([r[1] for r in results[GATE]])
    none_429 = report.median([r[1] for r in results[NO_GATE]])
    time_ratio = report.paired_ratio(
        [r[2] for r in results[GATE]], [r[2] for r in results[NO_GATE]]
    )
    print(
        f"with the gate / without it: 429s {gate_429 / max(none_429, 1):.2f}x, "
        f"time {time_ratio:.2f}x"
    )
    # The same with the default policy's two retries: what a user who changed nothing loses.
    default_retries = ibl_client_default_retries()
    with _running(rate, burst) as base_url:
        kept = {
            variant: asyncio.run(_run(variant, base_url, calls, default_retries))[0]
            for variant in (GATE, NO_GATE)
        }
    print(
        f"with the default {default_retries} retries, calls that succeeded: "
        f"{kept[GATE]}/{calls} with the gate, {kept[NO_GATE]}/{calls} without it"
    )
    lost = sum(calls - r[0] for runs in results.values() for r in runs)
    report.target("rate gate: calls lost", "none", str(lost), lost == 0)
    report.target(
        "rate gate: 429s with the gate",
        "≤ 0.5x without it",
        f"{gate_429 / max(none_429, 1):.2f}x",
        gate_429 <= 0.5 * none_429,
    )
    report.target(
        "rate gate: time with the gate",
        "≤ 1.1x without it",
        f"{time_ratio:.2f}x",
        time_ratio <= 1.1,
    )


def ibl_client_default_retries() -> int:
    import ibl_client

    return ibl_client.RetryPolicy().max_retries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0, help="tokens a second")
    parser.add_argument("--burst", type=int, default=100, help="tokens saved up at most")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--serve", action="store_true", help="be the server (internal)")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve(args.rate, args.burst))
    else:
        run(args.calls, args.rate, args.burst, args.rounds)


if __name__ == "__main__":
    main()
