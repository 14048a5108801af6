"""Client instructions per request at 50 concurrent calls: the async default against raw aiohttp.

The throughput figures (``bench.throughput``) move by a tenth from one run to the next on a
shared two-core machine, where the client and the server take turns on the same cores. What
decides them, once the client is CPU-bound (from about 10 concurrent calls), is how much work
the client does per request; this counts it. Each variant's client runs in its own process
under valgrind's cachegrind (``--cache-sim=no``: instructions only), once with ``N`` requests
and once with ``3N``, both after a warm-up; the difference over ``2N`` is its user-space
instructions per request, without start-up, imports or the warm-up. The server
(``bench.server``) runs outside valgrind. The count is the same from one run to the next within
about 0.5%, whatever else the machine is doing.

Variants are ``bench.throughput``'s: the SDK as a user gets it (``ibl_client``), raw aiohttp +
``json.loads``, and with ``--public-path`` the SDK with every probe of httpx's private names
failed. The ratio is raw aiohttp's count over the variant's: the rate the variant would reach
against raw aiohttp's if both were bound by client CPU alone.

    python -m bench.instructions [--requests 300] [--public-path]   # needs valgrind
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
from contextlib import AsyncExitStack

from . import env, report, server, throughput

CONCURRENCY = 50


async def _client(variant: str, base_url: str, requests: int) -> None:
    """One client process's work: a warm-up call per worker, then ``requests`` calls."""
    async with AsyncExitStack() as stack:
        call = await throughput._open(variant, base_url, stack)
        await asyncio.gather(*(call() for _ in range(CONCURRENCY)))
        left = requests

        async def worker() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await call()

        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


def _count(variant: str, base_url: str, requests: int) -> int:
    """User-space instructions of one client process making ``requests`` calls."""
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-m",
            "bench.instructions",
            "--client",
            variant,
            base_url,
            str(requests),
        ],
        cwd=env.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit(f"bench.instructions: no count from valgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def run(requests: int, public_path: bool) -> None:
    report.heading(
        f"3c. Client instructions per request, {CONCURRENCY} concurrent "
        f"(cachegrind, ({3 * requests} - {requests}) / {2 * requests} requests)"
    )
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: skipped")
        return
    variants = [throughput.AIOHTTP, throughput.SDK, *([throughput.PUBLIC] if public_path else [])]
    per_request: dict[str, float] = {}
    with server.running() as srv:
        for variant in variants:
            few = _count(variant, srv.base_url, requests)
            many = _count(variant, srv.base_url, 3 * requests)
            per_request[variant] = (many - few) / (2 * requests)
    raw = per_request[throughput.AIOHTTP]
    rows = [
        [variant, f"{count / 1000:,.1f}k", f"{raw / count:.3f}x"]
        for variant, count in per_request.items()
    ]
    print(
        report.table(["client", "instructions per request", f"{throughput.AIOHTTP} ÷ this"], rows)
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        variant, base_url, requests = sys.argv[2], sys.argv[3], int(sys.argv[4])
        asyncio.run(_client(variant, base_url, requests))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--public-path", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONMALLOC", "pymalloc")
    run(args.requests, args.public_path)


if __name__ == "__main__":
    main()
