"""Sync call overhead: one SDK call against raw ``httpx.Client`` doing the same request.

Two operations: ``analytics_time_spent_user_retrieve`` (tiny body, ``{"total_seconds": 1}``) and
``core_platform_api_tokens_list`` (50 ``PlatformApiKey`` objects, each parsed into its model).
The SDK runs as users run it: default client, retries on, its status check, model parsing and
``Response`` bookkeeping. The baseline sends the same URL, query and credential with a default
``httpx.Client`` and ``json.loads`` the body. Batches of calls alternate between the two on the
same loopback server; the figure is the median time per call over batches.

    python -m bench.calls [--batches 31] [--size 100] [--profile]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import httpx

import ibl_client
from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve
from ibl_client.generated.api.core import core_platform_api_tokens_list
from ibl_client.generated.models.platform_api_key import PlatformApiKey

from . import report, server

MAX_RATIO = 1.15
API_KEY = "bench-key"


def _scenarios(
    ibl: ibl_client.Client, http: httpx.Client, base_url: str
) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    headers = {"Authorization": f"Api-Token {API_KEY}"}

    def raw(path: str, params: dict[str, str]) -> Callable[[], object]:
        url = base_url + path

        def call() -> object:
            return json.loads(http.get(url, params=params, headers=headers).content)

        return call

    return {
        "tiny body (time-spent)": (
            lambda: analytics_time_spent_user_retrieve.sync(client=ibl),
            raw(server.TIME_SPENT_PATH, {"include_main_platform": "true"}),
        ),
        f"{server.LIST_ITEMS} models (api-tokens list)": (
            lambda: core_platform_api_tokens_list.sync(client=ibl, platform_key="main"),
            raw(server.API_TOKENS_PATH, {"platform_key": "main"}),
        ),
    }


def _per_call(call: Callable[[], object], size: int) -> float:
    started = time.perf_counter()
    for _ in range(size):
        call()
    return (time.perf_counter() - started) / size


def _check(ibl: ibl_client.Client) -> None:
    """The SDK really parsed what the server sent (so nothing is skipped)."""
    tokens = core_platform_api_tokens_list.sync(client=ibl, platform_key="main")
    assert len(tokens) == server.LIST_ITEMS and isinstance(tokens[0], PlatformApiKey)
    assert analytics_time_spent_user_retrieve.sync(client=ibl).total_seconds == 1


def run(batches: int, size: int, profile: bool = False) -> None:
    report.heading(f"2. Sync call overhead: median per call over {batches} batches of {size}")
    with server.running() as srv:
        ibl = ibl_client.Client(api_key=API_KEY, base_url=srv.base_url)
        http = httpx.Client()
        with ibl, http:
            _check(ibl)
            scenarios = _scenarios(ibl, http, srv.base_url)
            if profile:
                _profile(scenarios, size)
            rows = []
            for name, (sdk, raw) in scenarios.items():
                _per_call(sdk, size), _per_call(raw, size)  # warm up both pools
                times: dict[str, list[float]] = {"sdk": [], "raw": []}
                for i in range(batches):
                    order = [("sdk", sdk), ("raw", raw)][:: 1 if i % 2 else -1]
                    for label, call in order:
                        times[label].append(_per_call(call, size))
                sdk_t, raw_t = report.median(times["sdk"]), report.median(times["raw"])
                paired = report.paired_ratio(times["sdk"], times["raw"])
                rows.append(
                    [
                        name,
                        f"{sdk_t * 1e6:.0f} µs",
                        report.spread(times["sdk"]),
                        f"{raw_t * 1e6:.0f} µs",
                        report.spread(times["raw"]),
                        f"{paired:.2f}x",
                    ]
                )
                report.target(
                    f"sync call, {name}",
                    f"≤ {MAX_RATIO}x raw httpx",
                    f"{paired:.2f}x",
                    paired <= MAX_RATIO,
                )
    header = ["operation", "ibl_client", "IQR", "httpx + json.loads", "IQR", "ratio (paired)"]
    print(report.table(header, rows))
    _parse_cost(batches)


def _parse_cost(batches: int) -> None:
    """Where the list call's extra time goes: parsing the same body into models vs json.loads."""
    body = server.ROUTES[server.API_TOKENS_PATH]
    response = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    parse = core_platform_api_tokens_list._parse_response
    size = 200
    times: dict[str, list[float]] = {"models": [], "json": []}
    for _ in range(batches):
        times["models"].append(_per_call(lambda: parse(response), size))
        times["json"].append(_per_call(lambda: json.loads(body), size))
    models, plain = report.median(times["models"]), report.median(times["json"])
    print(
        f"Parsing the {server.LIST_ITEMS}-item body alone (no I/O): into models "
        f"{models * 1e6:.0f} µs, json.loads {plain * 1e6:.0f} µs; the models add "
        f"{(models - plain) * 1e6 / server.LIST_ITEMS:.1f} µs an item."
    )


def _profile(
    scenarios: dict[str, tuple[Callable[[], object], Callable[[], object]]], size: int
) -> None:
    from pyinstrument import Profiler

    for name, (sdk, _) in scenarios.items():
        profiler = Profiler(interval=0.0001)
        with profiler:
            for _ in range(20):
                _per_call(sdk, size)
        print(f"-- profile of the SDK, {name}")
        print(report.flat_profile(profiler))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=31)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile")
    args = parser.parse_args()
    run(args.batches, args.size, args.profile)


if __name__ == "__main__":
    main()
