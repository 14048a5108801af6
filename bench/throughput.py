"""Async throughput: requests per second at 1, 10, 50 and 200 concurrent calls.

Each run opens a fresh client, warms its pool with one call per worker, then has ``c`` workers
call for ``--seconds``, each waiting for its answer before the next call (a closed loop).
The SDK call is ``analytics_time_spent_user_retrieve.asyncio`` (retries on, status check, model
parsing). Variants:

- ``httpx.AsyncClient``: a default ``httpx.AsyncClient`` sending the same request and
  ``json.loads``-ing the body: the baseline of the "2x" target;
- ``ibl_client``: ``AsyncClient()`` as a user gets it, with nothing chosen (with aiohttp
  installed, the aiohttp transport);
- ``ibl_client (httpx pool)``: the SDK on httpx's own pool, the fallback without aiohttp;
- ``aiohttp + json.loads``: a raw ``aiohttp.ClientSession``, the practical limit of a Python
  asyncio client, and the baseline of the "0.7x" target;
- with ``--public-path``, also ``ibl_client (public path)``: the default client as it runs when a
  probe of httpx's private names fails (``ibl_client/_transports/compat.py``): httpx's public
  ``build_request``/``send``, over the same pool.

Runs rotate the order of the variants from one concurrency level and round to the next; each
rate is the median over rounds, and each ratio the median of per-round ratios to the baseline's
run of the same round.

The server's CPU time per request is printed next to the client's wall time per request: as
long as it is well below, the server is not what limits the figure.

    python -m bench.throughput [--rounds 5] [--seconds 2] [--profile] [--public-path]
    python -m bench.throughput --loop-lookup [--rounds 3]   # the per-loop pool's cost

``--loop-lookup`` measures what finding the running loop's pool costs a request: the default
client against the same client with that loop's pool mounted directly under its retry
transport (one pool, as before pools were per loop), rotated and paired per round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx

import ibl_client
from ibl_client._transports import compat
from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve

from . import report, server

CONCURRENCY = (1, 10, 50, 200)
API_KEY = "bench-key"
RAW = "httpx.AsyncClient"
SDK = "ibl_client"
SDK_HTTPX = "ibl_client (httpx pool)"
AIOHTTP = "aiohttp + json.loads"
VARIANTS = (RAW, SDK, SDK_HTTPX, AIOHTTP)
SDK_ONE_POOL = "ibl_client (one pool, no loop look-up)"
PUBLIC = "ibl_client (public path)"
#: The default client against raw httpx, and against raw aiohttp, at these concurrency levels.
MIN_RATIO_TO_HTTPX = 2.0
MIN_RATIO_TO_AIOHTTP = 0.7
TARGET_AT = (50, 200)

Call = Callable[[], Awaitable[object]]


async def _open(variant: str, base_url: str, stack: AsyncExitStack) -> Call:
    """The call one worker repeats, for ``variant``; its client is closed with ``stack``."""
    url = base_url + server.TIME_SPENT_PATH
    params = {"include_main_platform": "true"}
    headers = {"Authorization": f"Api-Token {API_KEY}"}
    if variant in (SDK, SDK_HTTPX, SDK_ONE_POOL, PUBLIC):
        options: dict[str, Any] = {"backend": "httpx"} if variant == SDK_HTTPX else {}
        if variant == PUBLIC:
            with compat.public_path():
                ibl = ibl_client.AsyncClient(api_key=API_KEY, base_url=base_url)
        else:
            ibl = ibl_client.AsyncClient(api_key=API_KEY, base_url=base_url, **options)
        await stack.enter_async_context(ibl)
        if variant == SDK_ONE_POOL:
            _mount_one_pool(ibl, stack)

        async def sdk_call() -> object:
            return await analytics_time_spent_user_retrieve.asyncio(
                client=ibl, include_main_platform=True
            )

        return sdk_call
    if variant == AIOHTTP:
        import aiohttp

        session = await stack.enter_async_context(aiohttp.ClientSession())

        async def aiohttp_call() -> object:
            async with session.get(url, params=params, headers=headers) as response:
                return json.loads(await response.read())

        return aiohttp_call
    http = await stack.enter_async_context(httpx.AsyncClient())

    async def raw_call() -> object:
        return json.loads((await http.get(url, params=params, headers=headers)).content)

    return raw_call


def _mount_one_pool(ibl: ibl_client.AsyncClient, stack: AsyncExitStack) -> None:
    """Put the pool the client would make in this loop directly under its retry transport."""
    retrying = ibl._http._transport
    pool = retrying._inner._make()  # type: ignore[attr-defined]
    retrying._inner = pool  # type: ignore[attr-defined]
    retrying._fetch_inner = pool.fetch  # type: ignore[attr-defined]
    stack.push_async_callback(pool.aclose)


def loop_lookup_cost(rounds: int, seconds: float) -> None:
    report.heading(
        f"3b. The per-loop pool's look-up: requests/s, median of {rounds} rotating rounds of "
        f"{seconds:g} s; ratio = per-loop client / one-pool client, paired per round"
    )
    rates: dict[tuple[str, int], list[float]] = {}
    with server.running() as srv:
        turn = 0
        for _ in range(rounds):
            for concurrency in CONCURRENCY:
                turn += 1
                for variant in report.rotating([SDK, SDK_ONE_POOL], turn):
                    rate, _ = asyncio.run(_run(variant, srv.base_url, concurrency, seconds))
                    rates.setdefault((variant, concurrency), []).append(rate)
    rows = [
        [
            c,
            f"{report.median(rates[SDK, c]):.0f}",
            f"{report.median(rates[SDK_ONE_POOL, c]):.0f}",
            f"{report.paired_ratio(rates[SDK, c], rates[SDK_ONE_POOL, c]):.3f}x",
        ]
        for c in CONCURRENCY
    ]
    print(report.table(["concurrent", SDK, SDK_ONE_POOL, "per-loop ÷ one pool"], rows))


async def _run(variant: str, base_url: str, concurrency: int, seconds: float) -> tuple[float, int]:
    """(requests per second, requests sent) of one timed run, after a warm-up filled the pool."""
    async with AsyncExitStack() as stack:
        call = await _open(variant, base_url, stack)
        done = 0

        async def worker(until: float) -> None:
            nonlocal done
            while time.perf_counter() < until:
                await call()
                done += 1

        answers = await asyncio.gather(*(call() for _ in range(concurrency)))
        _check(variant, answers)
        started = time.perf_counter()
        await asyncio.gather(*(worker(started + seconds) for _ in range(concurrency)))
        return done / (time.perf_counter() - started), done + concurrency


def _check(variant: str, answers: list[object]) -> None:
    """Every variant must have parsed the server's answer, or its rate measures nothing: the
    SDK's model (as JSON again) and the raw clients' ``json.loads`` equal the body sent."""
    sent = json.loads(server.ROUTES[server.TIME_SPENT_PATH])
    for answer in answers:
        got = answer.to_dict() if hasattr(answer, "to_dict") else answer
        if got != sent:
            raise SystemExit(f"bench.throughput: {variant} answered {got!r}, not {sent!r}")


def run(rounds: int, seconds: float, profile: bool = False, public_path: bool = False) -> None:
    report.heading(
        f"3. Async throughput: requests/s, median of {rounds} rotating rounds of {seconds:g} s"
    )
    variants = (*VARIANTS, PUBLIC) if public_path else VARIANTS
    rates: dict[tuple[str, int], list[float]] = {}
    server_cpu: dict[int, list[float]] = {}
    with server.running() as srv:
        if profile:
            _profile(srv.base_url, seconds)
        turn = 0
        for _ in range(rounds):
            for concurrency in CONCURRENCY:
                turn += 1
                for variant in report.rotating(list(variants), turn):
                    cpu = srv.cpu_seconds()
                    rate, served = asyncio.run(_run(variant, srv.base_url, concurrency, seconds))
                    server_cpu.setdefault(concurrency, []).append(
                        (srv.cpu_seconds() - cpu) / served
                    )
                    rates.setdefault((variant, concurrency), []).append(rate)
    median = {key: report.median(values) for key, values in rates.items()}
    rows = []
    for c in CONCURRENCY:
        raw = rates[RAW, c]
        paired = {v: report.paired_ratio(rates[v, c], raw) for v in VARIANTS}
        rows.append(
            [
                c,
                *(f"{median[v, c]:.0f} ({paired[v]:.2f}x)" for v in VARIANTS),
                f"{report.median(server_cpu[c]) * 1e6:.0f} µs",
                f"{1e6 / max(median[v, c] for v in VARIANTS):.0f} µs",
            ]
        )
        to_aiohttp = report.paired_ratio(rates[SDK, c], rates[AIOHTTP, c])
        rows[-1].insert(len(VARIANTS) + 1, f"{to_aiohttp:.2f}x")
        if public_path:
            print(
                f"{c} concurrent: the public path {median[PUBLIC, c]:.0f}/s, "
                f"{report.paired_ratio(rates[PUBLIC, c], rates[SDK, c]):.2f}x the usual path's "
                f"rate, {report.paired_ratio(rates[PUBLIC, c], rates[AIOHTTP, c]):.2f}x aiohttp's"
            )
        if c in TARGET_AT:
            report.target(
                f"async throughput, {c} concurrent",
                f"ibl_client ≥ {MIN_RATIO_TO_HTTPX:.0f}x httpx.AsyncClient",
                f"{paired[SDK]:.2f}x",
                paired[SDK] >= MIN_RATIO_TO_HTTPX,
            )
            report.target(
                f"async throughput, {c} concurrent",
                f"ibl_client ≥ {MIN_RATIO_TO_AIOHTTP}x aiohttp + json.loads",
                f"{to_aiohttp:.2f}x",
                to_aiohttp >= MIN_RATIO_TO_AIOHTTP,
            )
    header = [
        "concurrent",
        *VARIANTS,
        "SDK ÷ aiohttp",
        "server CPU/req",
        "fastest client wall/req",
    ]
    print(report.table(header, rows))


def _profile(base_url: str, seconds: float) -> None:
    from pyinstrument import Profiler

    for variant in (RAW, SDK, AIOHTTP):
        profiler = Profiler(interval=0.0002, async_mode="disabled")
        with profiler:
            asyncio.run(_run(variant, base_url, 50, seconds))
        print(f"-- profile of {variant}, 50 concurrent")
        print(report.flat_profile(profiler))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0, help="length of one timed run")
    parser.add_argument("--profile", action="store_true", help="print pyinstrument profiles")
    parser.add_argument(
        "--loop-lookup", action="store_true", help="only the per-loop pool's cost (see above)"
    )
    parser.add_argument(
        "--public-path", action="store_true", help="also the SDK on httpx's public path"
    )
    args = parser.parse_args()
    if args.loop_lookup:
        loop_lookup_cost(args.rounds, args.seconds)
    else:
        run(args.rounds, args.seconds, args.profile, args.public_path)


if __name__ == "__main__":
    main()
