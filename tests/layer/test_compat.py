"""The seam for httpx's and aiohttp's private names (ibl_client/_transports/compat.py).

Each probed name is renamed in turn in a stand-in of httpx, as an httpx release renaming it
would: its probe fails, the short path is off, and the same calls still answer the same with
the same bytes on the wire (against a real loopback server)."""

from __future__ import annotations

import http.cookiejar
import logging
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

from ibl_client import APIConnectionError, AsyncClient
from ibl_client._transports import compat

from .conftest import set_environment
from .server import CLOSE, ScriptedServer, reply
from .two_paths import async_calls, sync_calls

ROOT = Path(__file__).resolve().parents[2]


def _renamed_code(code: types.CodeType, old: str, new: str) -> types.CodeType:
    consts = tuple(
        _renamed_code(c, old, new) if isinstance(c, types.CodeType) else c for c in code.co_consts
    )
    names = tuple(new if name == old else name for name in code.co_names)
    return code.replace(co_names=names, co_consts=consts)


def _renamed_value(value: Any, old: str, new: str) -> Any:
    if isinstance(value, types.FunctionType):
        code = _renamed_code(value.__code__, old, new)
        function = types.FunctionType(
            code, value.__globals__, value.__name__, value.__defaults__, value.__closure__
        )
        function.__kwdefaults__ = value.__kwdefaults__
        return function
    if isinstance(value, property):
        return property(*(f and _renamed_value(f, old, new) for f in (value.fget, value.fset)))
    return value


def renamed(cls: type, old: str) -> type:
    """A copy of ``cls`` (and of its bases in its package) in which the attribute ``old`` is
    called something else, in its own definition and wherever the class's code names it."""
    new = f"{old}_renamed"
    # The classes of cls's own package are copied; the first of them keeps its other bases
    # (httpx's Headers is a typing.MutableMapping, whose machinery a copy would break).
    package = cls.__module__.split(".")[0]
    own = [klass for klass in cls.__mro__[:-1] if klass.__module__.split(".")[0] == package]
    bases: tuple[type, ...] = tuple(b for b in own[-1].__bases__ if b not in own) or (object,)
    base: type | None = None
    for klass in reversed(own):
        namespace = {
            (new if name == old else name): _renamed_value(value, old, new)
            for name, value in vars(klass).items()
            if name not in ("__dict__", "__weakref__")
        }
        base = type(klass.__name__, bases if base is None else (base,), namespace)
    assert base is not None
    return base


#: Each probed name, and the classes of httpx (or its module) where a release would rename it.
RENAMES: dict[str, tuple[tuple[str, ...], str]] = {
    "URL._uri_reference": (("URL",), "_uri_reference"),
    "Client._transport_for_url": (("Client", "AsyncClient"), "_transport_for_url"),
    "Client._build_redirect_request": (("Client", "AsyncClient"), "_build_redirect_request"),
    "Client._default_encoding": (("Client", "AsyncClient"), "_default_encoding"),
    "Response._content": (("Response",), "_content"),
    "Response._num_bytes_downloaded": (("Response",), "_num_bytes_downloaded"),
    "Request._content": (("Request",), "_content"),
    "Headers._list": (("Headers",), "_list"),
    "Headers._encoding": (("Headers",), "_encoding"),
    "Response._request": (("Response",), "_request"),
    # A release whose constructor sets one attribute more: the objects the short path makes
    # without it would lack it.
    "Request attributes": (("Request",), ""),
    "Response attributes": (("Response",), ""),
    # The standard library's jar, inside the Cookies class of the stand-in (httpx_renaming).
    "CookieJar._cookies": (("Cookies",), "_cookies"),
    compat.ENVIRONMENT_PROXIES: (("_utils",), "get_environment_proxies"),
}


def httpx_renaming(name: str) -> types.SimpleNamespace:
    """httpx as a release renaming ``name`` would be, for the probes."""
    fake = types.SimpleNamespace(**vars(httpx))
    owners, attribute = RENAMES[name]
    if not attribute:
        (owner,) = owners
        original = getattr(httpx, owner)

        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            original.__init__(self, *args, **kwargs)
            self.added = None

        setattr(fake, owner, type(owner, (original,), {"__init__": __init__}))
        return fake
    if name == "CookieJar._cookies":
        jar_class = renamed(http.cookiejar.CookieJar, attribute)

        class Cookies(httpx.Cookies):
            def __init__(self, cookies: Any = None) -> None:
                super().__init__(cookies)
                self.jar = jar_class()

        fake.Cookies = Cookies
        return fake
    for owner in owners:
        original = getattr(httpx, owner)
        if isinstance(original, types.ModuleType):
            kept = {k: v for k, v in vars(original).items() if k != attribute}
            setattr(fake, owner, types.SimpleNamespace(**kept))
        else:
            setattr(fake, owner, renamed(original, attribute))
    return fake


def test_every_name_passes_its_probe_on_the_installed_httpx() -> None:
    assert (compat.probe(), compat.FAILED) == ((), ())
    assert compat.DIRECT is compat.short_path_allowed((), os.environ)


def test_the_renaming_stand_in_still_works_where_the_name_is_kept() -> None:
    """The stand-in changes nothing else: httpx unchanged but for an unused name passes."""
    fake = types.SimpleNamespace(**vars(httpx))
    for owner in ("URL", "Client", "AsyncClient", "Response"):
        setattr(fake, owner, renamed(getattr(httpx, owner), "_no_such_name"))
    assert compat.probe(fake) == ()


@pytest.mark.parametrize("name", RENAMES)
def test_a_renamed_name_fails_its_probe(name: str) -> None:
    failed = compat.probe(httpx_renaming(name))
    assert name in failed
    assert compat.short_path_allowed(failed, {}) is (name == compat.ENVIRONMENT_PROXIES)


@pytest.mark.parametrize("name", [n for n in RENAMES if n != compat.ENVIRONMENT_PROXIES])
@pytest.mark.parametrize("backend", ["sync", "aiohttp", "httpx"])
async def test_calls_take_the_public_path_with_the_same_bytes_when_a_probe_fails(
    server: ScriptedServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    name: str,
    backend: str,
) -> None:
    async def calls() -> Any:
        if backend == "sync":
            return sync_calls(server, monkeypatch, caplog, short=True)
        return await async_calls(server, monkeypatch, caplog, short=True, backend=backend)

    normal = await calls()
    with monkeypatch.context() as patch:
        patch.setattr(
            compat, "DIRECT", compat.short_path_allowed(compat.probe(httpx_renaming(name)), {})
        )
        fallen_back = await calls()
    assert (normal.short_sends > 0, fallen_back.short_sends) == (True, 0)
    assert (fallen_back.wire, fallen_back.answers) == (normal.wire, normal.answers)


def test_no_direct_in_the_environment_turns_the_short_path_off() -> None:
    script = "from ibl_client._transports import compat; print(compat.DIRECT, compat.FAILED)"
    for value, expected in (("1", "False ()"), ("0", "True ()")):
        env = {**os.environ, compat.NO_DIRECT_VARIABLE: value}
        out = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert out.stdout.strip() == expected, out.stderr[-2000:]


@pytest.mark.parametrize(
    ("written", "quoting"),
    [
        ("a+b%2F~%2A=%C3%BC+c%2B%26%3D%25&k=v", "quote_plus"),
        ("a%20b%2F~%2A=%C3%BC%20c%2B%26%3D%25&k=v", "quote"),
    ],
)
def test_the_query_is_quoted_as_the_installed_httpx_quotes_it(written: str, quoting: str) -> None:
    """httpx 0.28 writes a space as ``+``, 0.27 as ``%20``: the probe picks the matching one,
    and none where httpx writes the sample some third way."""

    class QueryParams:
        def __init__(self, params: Any) -> None:
            self.written = written

        def __str__(self) -> str:
            return self.written

    quote = compat._quote_matching(types.SimpleNamespace(QueryParams=QueryParams))
    assert (
        quote is not None
        and quote("a b/") == {"quote_plus": "a+b%2F", "quote": "a%20b%2F"}[quoting]
    )
    for other in ("something=else", written.replace("&", ";")):  # (pairs apart some other way)
        written = other
        assert compat._quote_matching(types.SimpleNamespace(QueryParams=QueryParams)) is None


def test_the_query_quoting_chosen_for_the_installed_httpx_writes_as_it_does() -> None:
    """Asked of the installed httpx itself (whose ``QueryParams`` writes what it is given)."""
    quote = compat._quote_matching(httpx)
    assert quote is not None
    params = {"q": "a b+c/d", "tag": "ü&x=1"}
    ours = "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())
    assert ours == str(httpx.QueryParams(params))


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"HTTP_PROXY": "http://p.test:3128"},
        {"HTTPS_PROXY": "p.test:3128", "ALL_PROXY": "socks5://s.test:1080"},
        {"HTTP_PROXY": "http://p.test", "NO_PROXY": "example.com,.sub.test,localhost,10.0.0.1"},
        {"HTTP_PROXY": "http://p.test", "NO_PROXY": "::1, 192.168.0.0/16, http://direct.test"},
        {"HTTP_PROXY": "http://p.test", "NO_PROXY": "a.test,*"},
        # An empty entry, and a URL, each followed by more entries.
        {"HTTP_PROXY": "http://p.test", "NO_PROXY": "http://direct.test,a.test,,b.test"},
    ],
)
def test_proxy_routes_without_httpx_reading_are_httpx_routes(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    from httpx._utils import get_environment_proxies

    set_environment(monkeypatch, **environment)
    assert compat._routes_from_urllib() == get_environment_proxies()


async def test_aiohttp_does_not_send_a_request_again_on_a_dropped_connection(
    server: ScriptedServer,
) -> None:
    """A kept-alive connection the server closes on the next request: aiohttp would send a
    GET again on a new connection, unseen by our retry policy; with the switch off it does not,
    and the error is typed. A POST is never sent twice (our policy does not retry it once sent)."""
    pytest.importorskip("aiohttp")
    server.then(reply(200, {}), CLOSE, reply(200, {}), CLOSE)
    async with AsyncClient(
        api_key="k", base_url=server.url, max_retries=0, backend="aiohttp"
    ) as ibl:
        await ibl.request("GET", "/api/first/")
        with pytest.raises(APIConnectionError):
            await ibl.request("GET", "/api/again/")
    assert [seen.path for seen in server.requests] == ["/api/first/", "/api/again/"]

    server.requests.clear()
    async with AsyncClient(api_key="k", base_url=server.url, backend="aiohttp") as ibl:
        await ibl.request("POST", "/api/first/", json={})
        with pytest.raises(APIConnectionError) as raised:
            await ibl.request("POST", "/api/create/", json={})
    assert [seen.path for seen in server.requests] == ["/api/first/", "/api/create/"]
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)


def test_an_aiohttp_without_the_switch_is_warned_about(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    aiohttp = pytest.importorskip("aiohttp")
    monkeypatch.setattr(compat, "_warned_resend", False)
    assert compat._aiohttp_resend_switch(aiohttp.ClientSession)

    class Session:  # a session of an aiohttp that renamed or dropped the switch
        def __init__(self) -> None:
            self._retry_later = True

        async def _request(self) -> bool:
            return self._retry_later

    caplog.set_level(logging.WARNING, logger="ibl_client")
    assert compat.stop_silent_resend(Session()) is False
    assert compat.stop_silent_resend(Session()) is False
    warned = [r.getMessage() for r in caplog.records if "_retry_connection" in r.getMessage()]
    assert len(warned) == 1 and aiohttp.__version__ in warned[0]


def test_no_direct_set_to_nothing_or_zero_leaves_the_short_path_on() -> None:
    for value, allowed in (("", True), ("0", True), ("1", False), ("yes", False)):
        assert compat.short_path_allowed((), {compat.NO_DIRECT_VARIABLE: value}) is allowed
    assert compat.short_path_allowed((), {}) is True


def _with_method(name: str, method: Any) -> types.SimpleNamespace:
    """httpx whose ``Client`` and ``AsyncClient`` have ``name`` as ``method``."""
    fake = types.SimpleNamespace(**vars(httpx))
    for owner in ("Client", "AsyncClient"):
        setattr(fake, owner, type(owner, (getattr(httpx, owner),), {name: method}))
    return fake


def test_a_client_method_kept_under_its_name_with_other_parameters_fails_its_probe() -> None:
    """A release keeping ``_transport_for_url`` or ``_build_redirect_request`` but changing
    what it takes (the short path would call it with the wrong arguments)."""

    def transport_for_url(self: Any, request: Any) -> None: ...

    def build_redirect_request(self: Any, request: Any, history: Any) -> None: ...

    for name, method in (
        ("_transport_for_url", transport_for_url),
        ("_build_redirect_request", build_redirect_request),
    ):
        assert f"Client.{name}" in compat.probe(_with_method(name, method))


@pytest.mark.parametrize("wrong", ["__str__", "netloc", "host"])
def test_a_url_built_from_parts_that_comes_out_wrong_fails_its_probe(wrong: str) -> None:
    """A release whose URL keeps ``_uri_reference`` but reads it otherwise: a URL the short
    path builds from parts would have another text, host or address."""
    value = {
        "__str__": lambda self: "http://elsewhere.test/",
        "netloc": property(lambda self: b"elsewhere.test"),
        "host": property(lambda self: "elsewhere.test"),
    }[wrong]
    fake = types.SimpleNamespace(**vars(httpx))
    fake.URL = type("URL", (httpx.URL,), {wrong: value})
    assert "URL._uri_reference" in compat.probe(fake)


def test_the_attribute_comparison_tells_each_difference() -> None:
    """``_same_attributes``, which decides whether the objects the short path makes are the
    ones httpx makes: equal holders of several chunks are the same; a difference in the
    headers' lines, in a stream's bytes, in any other attribute, or a missing body, is not."""

    def holder(**attributes: Any) -> types.SimpleNamespace:
        return types.SimpleNamespace(**attributes)

    def made(**changed: Any) -> types.SimpleNamespace:
        attributes = {
            "headers": holder(_list=[(b"A", b"a", b"1")], encoding="ascii"),
            "stream": [b"a", b"b"],
            "method": "GET",
            "_content": b"",
        }
        return holder(**{**attributes, **changed})

    public = holder(headers=None, stream=None, method=None)
    assert compat._same_attributes(made(), public, made())
    for changed in (
        {"headers": holder(_list=[(b"A", b"a", b"2")], encoding="ascii")},
        {"stream": [b"a", b"c"]},
        {"method": "POST"},
    ):
        assert not compat._same_attributes(made(**changed), public, made())
    without_body = made()
    del without_body._content
    assert not compat._same_attributes(without_body, public, made())


def test_a_cookie_jar_keeping_its_cookies_elsewhere_fails_its_probe() -> None:
    """A release whose jar still has an empty ``_cookies`` but keeps its cookies in another
    attribute: a client holding cookies would look empty, and send without them."""
    jar_class = renamed(http.cookiejar.CookieJar, "_cookies")
    jar_class._cookies = {}  # type: ignore[attr-defined]

    class Cookies(httpx.Cookies):
        def __init__(self, cookies: Any = None) -> None:
            super().__init__(cookies)
            self.jar = jar_class()

    fake = types.SimpleNamespace(**vars(httpx))
    fake.Cookies = Cookies
    assert "CookieJar._cookies" in compat.probe(fake)


class _FailingUtils(types.SimpleNamespace):
    @property
    def _utils(self) -> Any:
        raise RuntimeError("a module that fails to load")


@pytest.mark.parametrize("utils", ["not callable", "failing"])
def test_a_proxy_reading_that_is_no_function_or_fails_to_load_fails_its_probe(
    utils: str,
) -> None:
    if utils == "failing":
        fake: Any = _FailingUtils(**vars(httpx))
    else:
        fake = types.SimpleNamespace(**vars(httpx))
        fake._utils = types.SimpleNamespace(get_environment_proxies="moved")
    assert compat.ENVIRONMENT_PROXIES in compat.probe(fake)


async def test_aiohttp_s_switch_is_turned_off_and_said_so() -> None:
    aiohttp = pytest.importorskip("aiohttp")
    async with aiohttp.ClientSession() as session:
        assert compat.stop_silent_resend(session) is True
        assert session._retry_connection is False


def test_an_aiohttp_with_half_the_switch_or_none_of_it_is_warned_about(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session that sets the switch but whose ``_request`` no longer reads it, one whose
    ``_request`` reads it but that no longer sets it, and one without ``_request`` at all:
    none can be turned off; the warning says so once, naming the version and the switch."""
    aiohttp = pytest.importorskip("aiohttp")

    class SetsButNeverReads:
        def __init__(self) -> None:
            self._retry_connection = True

        async def _request(self) -> None:
            pass

    class ReadsButNeverSets:
        def __init__(self) -> None:
            self.other = True

        async def _request(self) -> bool:
            return self._retry_connection  # type: ignore[no-any-return,attr-defined]

    class WithoutRequest:
        def __init__(self) -> None:
            self._retry_connection = True

    caplog.set_level(logging.WARNING, logger="ibl_client")
    for session_class in (SetsButNeverReads, ReadsButNeverSets, WithoutRequest):
        monkeypatch.setattr(compat, "_warned_resend", False)
        caplog.clear()
        assert compat.stop_silent_resend(session_class()) is False
        (warned,) = [r.getMessage() for r in caplog.records]
        assert warned.startswith(f"aiohttp {aiohttp.__version__} has no ClientSession.")
        assert "ClientSession._retry_connection" in warned
        assert warned.endswith("a second time on a stale connection, beside our retry policy")
