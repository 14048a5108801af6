"""The direct send (ibl_client/_transports/direct.py) builds the request httpx's own path builds."""

from __future__ import annotations

import datetime
import importlib.metadata
import types
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from support import description

from ibl_client import APIConnectionError, AsyncClient, Client, RetryPolicy
from ibl_client._auth import APIKeyAuth
from ibl_client._transports import direct
from ibl_client._transports.direct import Prepared, query_string

from .server import ScriptedServer, reply
from .test_proxies import closed_port
from .two_paths import async_calls, sync_calls


def expected_user_agent() -> str:
    """Written from sources the layer does not read: the installed distribution's metadata and
    the committed description's ``info.version``."""
    api = description.info()["version"]
    return f"ibl-client/{importlib.metadata.version('ibl-client')} (API {api})"


USER_AGENT = expected_user_agent()

PATHS = [
    "/api/core/platform/api-tokens/",
    "api/courses/{}/".format(quote("a b/ü%?#", safe="")),
    "/api/x/../y/",
    "/api/x/./y/",
    "/api/with space/",
    "/api/ünïcode/",
    "/api/%zz/",
    "/XML/export/",  # a first segment starting with a character lstrip must keep
]
PARAMS = [None, {}, {"a": "1"}, {"q": "x y&z=ü", "list": ["1", "2"], "flag": True, "none": ""}]


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "https://Example.COM/prefix"])
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_the_url_is_the_one_httpx_builds(base: str, path: str, params: Any) -> None:
    http = httpx.Client()
    expected = http.build_request("GET", f"{base}/{path.lstrip('/')}", params=params).url
    prepared = Prepared(http, base, {}, ours=True)
    built = prepared.request({"method": "GET", "url": path, "params": params}, {}).url
    assert (str(built), built.raw_path, built.host, built.port) == (
        str(expected),
        expected.raw_path,
        expected.host,
        expected.port,
    )


def test_headers_are_httpx_defaults_then_ours_then_the_calls() -> None:
    with Client(api_key="k", headers={"X-Tenant": "a", "accept": "application/json"}) as ibl:
        request = ibl._prepared.request(
            {"method": "POST", "url": "/x/", "headers": {"X-Tenant": "b"}, "json": {"a": 1}}, {}
        )
        expected = ibl._http.build_request(
            "POST",
            "https://base.manager.iblai.app/x/",
            headers={
                "User-Agent": USER_AGENT,
                "X-Tenant": "b",
                "accept": "application/json",
            },
            json={"a": 1},
        )
    assert request.headers.raw == expected.headers.raw  # names as written, not lower-cased
    assert request.content == expected.content


def test_only_a_client_on_its_own_pool_with_our_credential_takes_the_short_way() -> None:
    assert Client(api_key="k")._prepared.short_way(Client(api_key="k")._auth)
    assert not Client(api_key="k")._prepared.short_way(httpx.BasicAuth("u", "p"))
    assert not Client(api_key="k", http_client=httpx.Client())._prepared.ours
    derived = AsyncClient(api_key="k").with_options(timeout=3)
    assert derived._prepared.ours  # a derived client shares the pool its parent built
    hooked = Client(api_key="k")
    hooked._http.event_hooks["request"].append(lambda request: None)
    assert not hooked._prepared.short_way(hooked._auth)


@pytest.mark.parametrize("method", ["get", "DELETE", "HEAD", "POST", "PUT"])
@pytest.mark.parametrize(
    "extra", [None, {"X-Tenant": "b"}, {"Host": "other.test"}, {"User-Agent": "mine/1"}]
)
def test_a_request_without_body_is_the_one_httpx_builds(method: str, extra: Any) -> None:
    """The body-less request is built without httpx's ``_prepare``: same headers, in the same
    order (``Host`` first unless the call sent one), same encoding, and an empty content."""
    with Client(api_key="k", headers={"X-Tenant": "a"}) as ibl:
        kwargs = {"method": method, "url": "/x/", "params": {"a": "1"}}
        if extra:
            kwargs["headers"] = extra
        request = ibl._prepared.request(kwargs, {"timeout": {}})
        expected = ibl._http.build_request(
            method,
            "https://base.manager.iblai.app/x/",
            params={"a": "1"},
            headers={"User-Agent": USER_AGENT, "X-Tenant": "a", **(extra or {})},
        )
    assert request.method == expected.method
    assert request.headers.raw == expected.headers.raw
    assert request.headers.encoding == expected.headers.encoding
    assert (request.content, request.extensions) == (b"", {"timeout": {}})


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST"])
@pytest.mark.parametrize("defaults", [{}, {"authorization": "a default", "X-Tenant": "a"}])
@pytest.mark.parametrize("anonymous", [False, True])
def test_a_request_is_signed_as_the_credential_signs_it(
    method: str, defaults: dict[str, str], anonymous: bool
) -> None:
    """The short way signs while it builds (once per client for a body-less request): the
    headers are the ones httpx's build_request then the credential's own auth_flow give, in
    their order, a default ``Authorization`` replaced where it stood; none when anonymous.
    Two requests in a row: the second is built from what the first left."""
    with Client(api_key="k", headers=defaults, anonymous=anonymous) as ibl:
        auth = ibl._auth
        body: dict[str, Any] = {"json": {}} if method == "POST" else {}
        kwargs = {"method": method, "url": "/x/", **body}
        built = [ibl._prepared.request(kwargs, {}, auth) for _ in range(2)]
        expected = ibl._http.build_request(
            method,
            "https://base.manager.iblai.app/x/",
            headers={"User-Agent": USER_AGENT, **defaults},
            json=body.get("json"),
        )
        if auth is not None:
            expected = next(auth.auth_flow(expected))
    assert (auth is None) is anonymous
    for request in built:
        assert request.headers.raw == expected.headers.raw
    assert ("Api-Token k" in request.headers.values()) is not anonymous


def test_a_body_less_request_carries_the_credential_it_is_given_now() -> None:
    """The signed headers are kept for the next request, but only for the same credential."""
    with Client(api_key="k") as ibl:
        kwargs = {"method": "GET", "url": "/x/"}
        for key in ("first", "second", "first"):
            request = ibl._prepared.request(kwargs, {}, APIKeyAuth(key))
            assert request.headers["Authorization"] == f"Api-Token {key}"


def test_a_credential_that_is_not_ours_is_left_to_httpx(server: ScriptedServer) -> None:
    with Client(auth=httpx.BasicAuth("u", "p"), base_url=server.url, max_retries=0) as ibl:
        ibl.request("GET", "/api/a/")
    assert server.requests[0].headers.get("authorization") == "Basic dTpw"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x y&z=ü+/", "n": 3, "f": 1.5, "yes": True, "no": False, "none": None},
        {"list": ["1", 2, True], "tuple": ("a b",), "empty": [], "": "blank name"},
        {1: "a name that is not a str"},  # httpx's own coercion
        {"a": "1", 2: "a name that is not a str, after one that is"},
        [("a", "1"), ("a", "2")],
        "a=1&b=x y",  # a query httpx accepts as a string
    ],
)
def test_the_query_string_is_the_one_httpx_encodes(params: Any) -> None:
    assert query_string(params) == str(httpx.QueryParams(params))


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_cookies_a_server_set_are_sent_back(server: ScriptedServer, backend: str) -> None:
    server.then(reply(200, {}, headers={"Set-Cookie": "sessionid=abc; Path=/"}))
    async with AsyncClient(api_key="k", base_url=server.url, max_retries=0, backend=backend) as ibl:
        await ibl.request("GET", "/api/a/")
        await ibl.request("GET", "/api/b/")
    assert "cookie" not in server.requests[0].headers
    assert server.requests[1].headers.get("cookie") == "sessionid=abc"


def test_cookies_a_server_set_are_sent_back_sync(server: ScriptedServer) -> None:
    server.then(reply(200, {}, headers={"Set-Cookie": "sessionid=abc; Path=/"}))
    with Client(api_key="k", base_url=server.url, max_retries=0) as ibl:
        ibl.request("GET", "/api/a/")
        ibl.request("GET", "/api/b/")
    assert server.requests[1].headers.get("cookie") == "sessionid=abc"


def test_a_user_and_password_in_base_url_are_sent_as_httpx_sends_them(
    server: ScriptedServer,
) -> None:
    base_url = server.url.replace("://", "://u:p@", 1)
    with Client(anonymous=True, base_url=base_url, max_retries=0) as ibl:
        ibl.request("GET", "/api/a/")
    assert server.requests[0].headers.get("authorization") == "Basic dTpw"


def test_the_short_way_sends_what_httpx_public_path_sends(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The differential test: query, headers, body, cookies, redirects, ``elapsed`` and the
    ``httpx`` log line, byte for byte as the installed httpx's own path gives them."""
    short = sync_calls(server, monkeypatch, caplog, short=True)
    public = sync_calls(server, monkeypatch, caplog, short=False)
    assert (short.short_sends > 0, public.short_sends) == (True, 0)
    assert short.answers == public.answers
    assert short.wire == public.wire
    assert short.log == public.log


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_the_short_way_sends_what_httpx_public_path_sends_async(
    server: ScriptedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    backend: str,
) -> None:
    short = await async_calls(server, monkeypatch, caplog, short=True, backend=backend)
    public = await async_calls(server, monkeypatch, caplog, short=False, backend=backend)
    assert (short.short_sends > 0, public.short_sends) == (True, 0)
    assert short.answers == public.answers
    assert short.wire == public.wire
    assert short.log == public.log


def test_a_connection_error_names_its_request_sync() -> None:
    """httpx's own path gives a transport error its request; so does the short way."""
    with Client(api_key="k", base_url=closed_port(), max_retries=0) as ibl:
        assert ibl._prepared.short_way(ibl._auth)
        with pytest.raises(APIConnectionError) as caught:
            ibl.request("GET", "/api/a/")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url == httpx.URL(f"{ibl._prepared.base_url}/api/a/")


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_a_connection_error_names_its_request(backend: str) -> None:
    async with AsyncClient(
        api_key="k", base_url=closed_port(), max_retries=0, backend=backend
    ) as ibl:
        assert ibl._prepared.short_way(ibl._auth)
        with pytest.raises(APIConnectionError) as caught:
            await ibl.request("GET", "/api/a/")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert cause.request.url == httpx.URL(f"{ibl._prepared.base_url}/api/a/")


@pytest.mark.parametrize("status", [304, 404])
def test_an_answer_that_is_no_redirect_is_returned_sync(
    server: ScriptedServer, status: int
) -> None:
    """Only a 3xx with a Location is followed: a 304 or a 404 is the answer, as on httpx's path."""
    server.then(reply(status, body=b""), reply(status, body=b""))  # one for each path
    with Client(api_key="k", base_url=server.url, max_retries=0) as ibl:
        response = ibl._http.send(ibl._prepared.request({"method": "GET", "url": "/a/"}, {}))
        short = direct.send(ibl._http, ibl._prepared.request({"method": "GET", "url": "/a/"}, {}))
    assert (
        (short.status_code, short.history)
        == (response.status_code, response.history)
        == (
            status,
            [],
        )
    )
    assert len(server.requests) == 2


def test_elapsed_is_the_time_from_sending_to_the_answer_read(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read from an injected clock that moves a quarter of a second each time it is read."""
    ticks = iter([100.0, 100.25])
    monkeypatch.setattr(direct, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    with Client(api_key="k", base_url=server.url, max_retries=0) as ibl:
        response = direct.send(ibl._http, ibl._prepared.request({"method": "GET", "url": "/"}, {}))
    assert response.elapsed == datetime.timedelta(seconds=0.25)


# --- the User-Agent on every path a request can take ---------------------------------------

FAST = RetryPolicy(max_retries=1, wait_initial=0, wait_jitter=0)
SyncWay = Callable[[ScriptedServer], None]
AsyncWay = Callable[[ScriptedServer], Awaitable[None]]


def sync_short_way(server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        assert ibl._prepared.short_way(ibl._auth)
        ibl.request("GET", "/api/a/")


def sync_after_a_retry(server: ScriptedServer) -> None:
    server.then(reply(503, headers={"Retry-After": "0"}))
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        ibl.request("GET", "/api/a/")


def sync_with_cookies(server: ScriptedServer) -> None:  # httpx's builder, for the cookie jar
    server.then(reply(200, headers={"Set-Cookie": "sessionid=abc; Path=/"}))
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        ibl.request("GET", "/api/a/")
        ibl.request("GET", "/api/b/")


def sync_with_an_event_hook(server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        ibl._http.event_hooks["request"].append(lambda request: None)
        assert not ibl._prepared.short_way(ibl._auth)
        ibl.request("GET", "/api/a/")


def sync_with_basic_auth_in_the_url(server: ScriptedServer) -> None:
    base_url = server.url.replace("://", "://u:p@", 1)
    with Client(anonymous=True, base_url=base_url, retry=FAST) as ibl:
        ibl.request("GET", "/api/a/")


def sync_on_a_users_http_client(server: ScriptedServer) -> None:
    with httpx.Client() as http, Client(api_key="k", base_url=server.url, http_client=http) as ibl:
        ibl.request("GET", "/api/a/")


def sync_derived_with_options(server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=server.url, retry=FAST) as ibl:
        ibl.with_options(timeout=5, headers={"X-Tenant": "t"}).request("GET", "/api/a/")


@pytest.mark.parametrize(
    "way",
    [
        sync_short_way,
        sync_after_a_retry,
        sync_with_cookies,
        sync_with_an_event_hook,
        sync_with_basic_auth_in_the_url,
        sync_on_a_users_http_client,
        sync_derived_with_options,
    ],
)
def test_every_sync_request_names_both_versions(server: ScriptedServer, way: SyncWay) -> None:
    way(server)
    assert server.requests
    assert [seen.headers.get("user-agent") for seen in server.requests] == [USER_AGENT] * len(
        server.requests
    )


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
@pytest.mark.parametrize("cookies", [False, True])
async def test_every_async_request_names_both_versions(
    server: ScriptedServer, backend: str, cookies: bool
) -> None:
    if cookies:
        server.then(reply(200, headers={"Set-Cookie": "sessionid=abc; Path=/"}))
    server.then(reply(200), reply(503, headers={"Retry-After": "0"}))
    async with AsyncClient(api_key="k", base_url=server.url, retry=FAST, backend=backend) as ibl:
        await ibl.request("GET", "/api/a/")
        await ibl.request("GET", "/api/b/")  # 503, then its retry
        await ibl.with_options(headers={"X-Tenant": "t"}).request("POST", "/api/c/", json={})
    assert len(server.requests) == 4
    assert [seen.headers.get("user-agent") for seen in server.requests] == [USER_AGENT] * 4


async def test_an_async_request_on_a_users_http_client_names_both_versions(
    server: ScriptedServer,
) -> None:
    http = httpx.AsyncClient()
    async with http, AsyncClient(api_key="k", base_url=server.url, http_client=http) as ibl:
        await ibl.request("GET", "/api/a/")
    assert server.requests[0].headers.get("user-agent") == USER_AGENT


@pytest.mark.parametrize("where", ["client", "call"])
def test_a_user_agent_the_user_sets_wins(server: ScriptedServer, where: str) -> None:
    mine = {"User-Agent": "mine/1"}
    with Client(
        api_key="k", base_url=server.url, headers=mine if where == "client" else None
    ) as ibl:
        ibl.request("GET", "/api/a/", headers=mine if where == "call" else None)
    assert server.requests[0].headers.get("user-agent") == "mine/1"
