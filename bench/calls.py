"""Sync call cost: one SDK call against the official client and raw HTTP libraries, same request.

Two operations: ``analytics_time_spent_user_retrieve`` (tiny body, ``{"total_seconds": 1}``) and
``core_platform_api_tokens_list`` (50 ``PlatformApiKey`` objects, each parsed into its model).
Every variant sends the same URL, query and credential to the same loopback server:

- ``ibl_client``: the SDK as users run it (default client, retries on, status check, models);
- ``iblai``: the official client (``bench.env.OFFICIAL_CLIENT``, urllib3 + pydantic) calling the
  same operation, then deserialising the answer into its pydantic models with its own
  ``ApiClient.response_deserialize`` and the types map its method declares (its generated
  methods return the raw urllib3 response; this is the step a user adds to get models);
- ``urllib3 + json.loads`` and ``httpx + json.loads``: raw libraries, no models;
- with ``--public-path``, also ``ibl_client (public path)``: the SDK as it runs when a probe of
  httpx's private names fails (``ibl_client/_transports/compat.py``), through httpx's public
  ``build_request``/``send``; its ratio to the SDK's usual path is paired like the others.

Batches of calls rotate through the variants (each batch starts with the next one), so a busy
neighbour slows all of them alike; a figure is the median time per call over batches, a ratio
the median of per-batch ratios.

    python -m bench.calls [--batches 31] [--size 100] [--profile] [--public-path]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

import ibl_client
from ibl_client._transports import compat
from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve
from ibl_client.generated.api.core import core_platform_api_tokens_list
from ibl_client.generated.models.platform_api_key import PlatformApiKey

from . import env, report, server

#: The SDK against the official client: the issue's targets, per operation.
MAX_RATIO_TO_OFFICIAL = {"tiny": 1.0, "list": 0.8}
#: The models' cost above ``json.loads``, as a share of ``json.loads``' own time, same body.
MAX_PARSE_OVERHEAD = 0.75
API_KEY = "bench-key"
SDK, OFFICIAL, URLLIB3, HTTPX = "ibl_client", "iblai", "urllib3 + json.loads", "httpx + json.loads"
VARIANTS = (SDK, OFFICIAL, URLLIB3, HTTPX)
PUBLIC = "ibl_client (public path)"

Call = Callable[[], object]


def _official(base_url: str) -> dict[str, Call]:
    """The official client's calls, deserialised as its own generated code declares."""
    from iblai.api.ai_analytics_api import AiAnalyticsApi
    from iblai.api.core_api import CoreApi
    from iblai.clients import get_platform_api_client
    from iblai.rest import RESTResponse

    api = get_platform_api_client(base_url, API_KEY)
    analytics, core = AiAnalyticsApi(api), CoreApi(api)

    def models(raw: Any, types: dict[str, str]) -> object:
        response = RESTResponse(raw)
        response.read()
        return api.response_deserialize(response, types).data

    return {
        "tiny": lambda: models(
            analytics.analytics_time_spent_user_retrieve(include_main_platform=True),
            {"200": "TimeSpentPerUserResponse"},
        ),
        "list": lambda: models(
            core.core_platform_api_tokens_list(platform_key="main"),
            {"200": "List[PlatformApiKey]"},
        ),
    }


def _scenarios(
    ibl: ibl_client.Client, http: httpx.Client, base_url: str, public: ibl_client.Client
) -> dict[str, tuple[str, dict[str, Call]]]:
    import urllib3

    headers = {"Authorization": f"Api-Token {API_KEY}"}
    pool = urllib3.PoolManager()
    official = _official(base_url)

    def raw_httpx(path: str, params: dict[str, str]) -> Call:
        url = base_url + path
        return lambda: json.loads(http.get(url, params=params, headers=headers).content)

    def raw_urllib3(path: str, params: dict[str, str]) -> Call:
        url = base_url + path
        return lambda: json.loads(pool.request("GET", url, fields=params, headers=headers).data)

    tiny = (server.TIME_SPENT_PATH, {"include_main_platform": "true"})
    listed = (server.API_TOKENS_PATH, {"platform_key": "main"})
    return {
        "tiny body (time-spent)": (
            "tiny",
            {
                SDK: lambda: analytics_time_spent_user_retrieve.sync(
                    client=ibl, include_main_platform=True
                ),
                PUBLIC: lambda: analytics_time_spent_user_retrieve.sync(
                    client=public, include_main_platform=True
                ),
                OFFICIAL: official["tiny"],
                URLLIB3: raw_urllib3(*tiny),
                HTTPX: raw_httpx(*tiny),
            },
        ),
        f"{server.LIST_ITEMS} models (api-tokens list)": (
            "list",
            {
                SDK: lambda: core_platform_api_tokens_list.sync(client=ibl, platform_key="main"),
                PUBLIC: lambda: core_platform_api_tokens_list.sync(
                    client=public, platform_key="main"
                ),
                OFFICIAL: official["list"],
                URLLIB3: raw_urllib3(*listed),
                HTTPX: raw_httpx(*listed),
            },
        ),
    }


def _per_call(call: Call, size: int) -> float:
    started = time.perf_counter()
    for _ in range(size):
        call()
    return (time.perf_counter() - started) / size


def _check(ibl: ibl_client.Client, official: dict[str, Call]) -> None:
    """Every variant really parsed what the server sent (so nothing is skipped)."""
    tokens = core_platform_api_tokens_list.sync(client=ibl, platform_key="main")
    assert len(tokens) == server.LIST_ITEMS and isinstance(tokens[0], PlatformApiKey)
    assert analytics_time_spent_user_retrieve.sync(client=ibl).total_seconds == 1
    theirs: Any = official["list"]()
    assert len(theirs) == server.LIST_ITEMS and theirs[0].username == tokens[0].username


def run(batches: int, size: int, profile: bool = False, public_path: bool = False) -> None:
    report.heading(f"2. Sync call cost: median per call over {batches} rotating batches of {size}")
    print(f"Official client: {env.OFFICIAL_CLIENT} (urllib3 + pydantic), models as it declares")
    variants = (*VARIANTS, PUBLIC) if public_path else VARIANTS
    with server.running() as srv:
        ibl = ibl_client.Client(api_key=API_KEY, base_url=srv.base_url)
        with compat.public_path():
            public = ibl_client.Client(api_key=API_KEY, base_url=srv.base_url)
        http = httpx.Client()
        with ibl, http, public:
            scenarios = _scenarios(ibl, http, srv.base_url, public)
            _check(ibl, _official(srv.base_url))
            if profile:
                _profile(scenarios, size)
            rows = []
            for name, (kind, calls) in scenarios.items():
                for variant in variants:  # warm up every pool
                    _per_call(calls[variant], size)
                times: dict[str, list[float]] = {v: [] for v in variants}
                for i in range(batches):
                    for variant in report.rotating(list(variants), i):
                        times[variant].append(_per_call(calls[variant], size))
                ratio = {v: report.paired_ratio(times[v], times[OFFICIAL]) for v in variants}
                to_httpx = report.paired_ratio(times[SDK], times[HTTPX])
                if public_path:
                    print(
                        f"{name}: the public path {report.median(times[PUBLIC]) * 1e6:.0f} µs, "
                        f"{report.paired_ratio(times[PUBLIC], times[SDK]):.2f}x the usual path's "
                        f"time, {ratio[PUBLIC]:.2f}x the official client's"
                    )
                rows.append(
                    [
                        name,
                        *(
                            f"{report.median(times[v]) * 1e6:.0f} µs {report.spread(times[v])}"
                            for v in VARIANTS
                        ),
                        f"{ratio[SDK]:.2f}x",
                        f"{ratio[URLLIB3]:.2f}x",
                        f"{to_httpx:.2f}x",
                    ]
                )
                limit = MAX_RATIO_TO_OFFICIAL[kind]
                report.target(
                    f"sync call, {name}",
                    f"≤ {limit}x the official client",
                    f"{ratio[SDK]:.2f}x",
                    ratio[SDK] <= limit,
                )
    header = [
        "operation",
        *VARIANTS,
        "SDK ÷ iblai",
        "urllib3 ÷ iblai",
        "SDK ÷ httpx",
    ]
    print(report.table(header, rows))
    _parse_cost(batches)


def _parse_cost(batches: int) -> None:
    """The list body alone (no I/O): into models, as the SDK parses a response, vs json.loads.

    ``models`` is what a call does with a 2xx answer (``ibl_client._decode.parse``);
    ``generated parser`` is the operation's own Python ``_parse_response``, which the SDK falls
    back on for a body the fast path refuses.
    """
    from ibl_client import _decode

    body = server.ROUTES[server.API_TOKENS_PATH]
    response = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    operation = core_platform_api_tokens_list.OPERATION
    parse = operation.parse
    size = 200
    calls: dict[str, Call] = {
        "models": lambda: _decode.parse(response, operation),
        "json.loads": lambda: json.loads(body),
        "generated parser": lambda: parse(response),
    }
    assert _decode.parse(response, operation) == parse(response)
    times: dict[str, list[float]] = {name: [] for name in calls}
    for i in range(batches):
        for name in report.rotating(list(calls), i):
            times[name].append(_per_call(calls[name], size))
    overhead = report.median(
        [(m - j) / j for m, j in zip(times["models"], times["json.loads"], strict=True)]
    )
    fallback = report.paired_ratio(times["generated parser"], times["json.loads"])
    median = {name: report.median(values) for name, values in times.items()}
    print(
        f"Parsing the {server.LIST_ITEMS}-item body alone (no I/O), rotating rounds: into models "
        f"{median['models'] * 1e6:.0f} µs, json.loads {median['json.loads'] * 1e6:.0f} µs, "
        f"the generated Python parser {median['generated parser'] * 1e6:.0f} µs "
        f"({fallback:.2f}x json.loads). The models cost {overhead:+.2f}x json.loads' time "
        "above it."
    )
    report.target(
        f"parsing {server.LIST_ITEMS} models, cost above json.loads",
        f"≤ {MAX_PARSE_OVERHEAD}x json.loads",
        f"{overhead:+.2f}x",
        overhead <= MAX_PARSE_OVERHEAD,
    )


def _profile(scenarios: dict[str, tuple[str, dict[str, Call]]], size: int) -> None:
    from pyinstrument import Profiler

    for name, (_, calls) in scenarios.items():
        profiler = Profiler(interval=0.0001)
        with profiler:
            for _ in range(20):
                _per_call(calls[SDK], size)
        print(f"-- profile of the SDK, {name}")
        print(report.flat_profile(profiler))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=31)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile")
    parser.add_argument(
        "--public-path", action="store_true", help="also the SDK on httpx's public path"
    )
    args = parser.parse_args()
    run(args.batches, args.size, args.profile, args.public_path)


if __name__ == "__main__":
    main()
