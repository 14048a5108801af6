"""Pagination benchmark: memory is flat in the number of pages; prefetch hides the round trips.

    .venv/bin/python -m bench.pagination            # about a minute
    .venv/bin/python -m bench.pagination --quick    # fewer runs, smaller walks

A loopback server in a child process (so it takes neither our GIL nor our traced memory) serves
DRF pages of `RbacRole`s for `core_rbac_roles_list`, waiting a fixed time per page. Figures:

1. Peak traced memory (tracemalloc) while iterating every item, for the same page size over
   10x more pages, and for 10x bigger pages: it follows the page size, not the number of pages.
   (What little it grows by at first is urllib's URL cache, bounded at 128 entries.)
2. Wall time of a walk whose consumer works on each item, with and without prefetch, as ratios
   of the ideal max(server time, consumer time), both measured in the same run (medians). The
   consumer's work is waiting, as a database write does (``asyncio.sleep`` / ``time.sleep``); the
   server's delay per page is set to what the consumer spends on a page, the case where
   prefetch matters most. (CPU-bound work cannot overlap the client's own parsing of the next
   page in one interpreter, so it gains less.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ibl_client import AsyncClient, Client, RetryPolicy

KEY = "bench-key"


# --- the server (child process) ---------------------------------------------------------------


def _role(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "name": f"role-{i}",
        "platform": {"id": 1, "key": "acme"},
        "platform_key": "acme",
        "is_internal": False,  # required since API 4.x
    }


def serve(total: int, delay: float) -> None:
    """Serve `total` roles, DRF style, waiting `delay` seconds a page; print the port."""
    cache: dict[tuple[int, int], bytes] = {}

    def body(page: int, size: int, base: str, path: str) -> bytes:
        if (page, size) not in cache:
            start, end = (page - 1) * size, min(page * size, total)
            link = f"{base}{path}?page={page + 1}&page_size={size}" if end < total else None
            results = [_role(i) for i in range(start, end)]
            cache[(page, size)] = json.dumps(
                {"count": total, "next": link, "previous": None, "results": results}
            ).encode()
        return cache[(page, size)]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                target = head.split(" ", 2)[1]
                url = urlsplit(target)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                page, size = int(query.get("page", 1)), int(query.get("page_size", 100))
                payload = body(page, size, "http://127.0.0.1", url.path)
                await asyncio.sleep(delay)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        print(server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(main())


class Server:
    def __init__(self, total: int, delay: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.pagination", "--serve", str(total), str(delay)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}"

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(5)


# --- the client side ---------------------------------------------------------------------------

NO_RETRY = RetryPolicy(max_retries=0)


async def async_walk(url: str, size: int, work: float, prefetch: bool) -> tuple[int, float]:
    async with AsyncClient(api_key=KEY, base_url=url, retry=NO_RETRY) as ibl:
        started = time.perf_counter()
        n = 0
        async for _role in ibl.core.core_rbac_roles_list_iter(page_size=size, prefetch=prefetch):
            n += 1
            if work:
                await asyncio.sleep(work)
        return n, time.perf_counter() - started


def sync_walk(url: str, size: int, work: float, prefetch: bool) -> tuple[int, float]:
    with Client(api_key=KEY, base_url=url, retry=NO_RETRY) as ibl:
        started = time.perf_counter()
        n = 0
        for _role in ibl.core.core_rbac_roles_list_iter(page_size=size, prefetch=prefetch):
            n += 1
            if work:
                time.sleep(work)
        return n, time.perf_counter() - started


def consumer_alone(items: int, work: float, awaits: bool) -> float:
    """The consumer's time over items already in memory."""

    async def run() -> float:
        started = time.perf_counter()
        for _ in range(items):
            await asyncio.sleep(work)
        return time.perf_counter() - started

    if awaits:
        return asyncio.run(run())
    started = time.perf_counter()
    for _ in range(items):
        time.sleep(work)
    return time.perf_counter() - started


def peak_memory(total: int, size: int) -> tuple[int, float]:
    with Server(total, 0.0) as server:
        asyncio.run(async_walk(server.url, size, 0.0, True))  # warm: imports, caches
        tracemalloc.start()
        n, _ = asyncio.run(async_walk(server.url, size, 0.0, True))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert n == total, (n, total)
    return n, peak / 1024


def timing(
    label: str,
    walk: Callable[[str, int, float, bool], tuple[int, float]],
    awaits: bool,
    pages: int,
    size: int,
    work: float,
    runs: int,
) -> None:
    total = pages * size
    delay = consumer_alone(size, work, awaits)  # the server takes as long as the consumer
    server_t, consumer_t, with_t, without_t = [], [], [], []
    with Server(total, delay) as server:
        walk(server.url, size, 0.0, False)  # warm
        for _ in range(runs):
            server_t.append(walk(server.url, size, 0.0, False)[1])
            consumer_t.append(consumer_alone(total, work, awaits))
            with_t.append(walk(server.url, size, work, True)[1])
            without_t.append(walk(server.url, size, work, False)[1])
    s, c = statistics.median(server_t), statistics.median(consumer_t)
    w, wo = statistics.median(with_t), statistics.median(without_t)
    ideal = max(s, c)
    print(
        f"  {label:<5} ({delay * 1000:.0f} ms a page) server {s:5.2f} s, consumer {c:5.2f} s, "
        f"ideal {ideal:5.2f} s | "
        f"prefetch {w:5.2f} s = {w / ideal:4.2f} x ideal | "
        f"no prefetch {wo:5.2f} s = {wo / ideal:4.2f} x ideal"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", nargs=2, metavar=("TOTAL", "DELAY"), help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller walks")
    args = parser.parse_args(argv)
    if args.serve:
        serve(int(args.serve[0]), float(args.serve[1]))
        return 0

    runs = 1 if args.quick else 3
    print("Peak traced memory while iterating (async, prefetch on):")
    big = 20_000 if args.quick else 100_000
    for total, size in ((big // 10, 100), (big, 100), (big, 1000)):
        n, peak = peak_memory(total, size)
        print(f"  {n:>7,} items, {total // size:>5,} pages of {size:>5,}: peak {peak:8.0f} KiB")

    pages, size, work = (20, 50, 0.0005) if args.quick else (40, 50, 0.0005)
    print(
        f"Wall time, {pages} pages of {size}, the consumer waiting {work * 1e6:.0f} us (asked) "
        f"an item, the server as long a page (medians of {runs}):"
    )
    timing("async", lambda *a: asyncio.run(async_walk(*a)), True, pages, size, work, runs)
    timing("sync", sync_walk, False, pages, size, work, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
