"""Configuration: args win over IBL_* variables; bad values fail at construction, named."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from ibl_client import AsyncClient, BearerAuth, Client, ConfigurationError, Response, RetryPolicy
from ibl_client._extras import timeout_of
from ibl_client._operation import Operation

from .conftest import SECRET


def nothing(response: httpx.Response) -> None:
    return None


def test_defaults() -> None:
    client = AsyncClient(api_key=SECRET)
    config = client._config
    assert config.base_url == "https://base.manager.iblai.app"
    assert (config.timeout.connect, config.timeout.read) == (5.0, 60.0)
    assert config.retry == RetryPolicy(max_retries=2)
    assert config.debug is False


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_API_KEY", SECRET)
    monkeypatch.setenv("IBL_AUTH_KIND", "token")
    monkeypatch.setenv("IBL_BASE_URL", "http://localhost:8000/")
    monkeypatch.setenv("IBL_TIMEOUT", "12.5")
    monkeypatch.setenv("IBL_MAX_RETRIES", "5")
    config = Client()._config
    assert config.base_url == "http://localhost:8000"
    assert config.timeout == httpx.Timeout(12.5)
    assert config.retry.max_retries == 5
    request = next(config.auth.auth_flow(httpx.Request("GET", "http://x")))  # type: ignore[union-attr]
    assert request.headers["Authorization"] == f"Token {SECRET}"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_API_KEY", "from-env")
    monkeypatch.setenv("IBL_BASE_URL", "http://env.example")
    monkeypatch.setenv("IBL_TIMEOUT", "99")
    monkeypatch.setenv("IBL_MAX_RETRIES", "9")
    config = Client(SECRET, base_url="https://arg.example", timeout=3, max_retries=0)._config
    assert (config.base_url, config.timeout, config.retry.max_retries) == (
        "https://arg.example",
        httpx.Timeout(3),
        0,
    )
    request = next(config.auth.auth_flow(httpx.Request("GET", "http://x")))  # type: ignore[union-attr]
    assert request.headers["Authorization"] == f"Api-Token {SECRET}"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": httpx.Timeout(5, connect=0)}, "timeout"),
        ({"timeout": "soon"}, "timeout"),
        ({"base_url": "base.manager.iblai.app"}, "base_url"),
        ({"base_url": "ftp://x.example"}, "base_url"),
        ({"base_url": "https://x.example/?a=1"}, "base_url"),
        ({"auth_kind": "password"}, "auth_kind"),
        ({"max_retries": -1}, "max_retries"),
        ({"api_key": "  "}, "api_key"),
        ({"api_key": None}, "api_key"),
        ({"retry": "often"}, "retry"),
    ],
)
def test_bad_values_fail_at_construction_naming_the_field(
    kwargs: dict[str, Any], field: str
) -> None:
    kwargs.setdefault("api_key", SECRET)
    with pytest.raises(ConfigurationError, match=rf"^{field}: ") as info:
        Client(**kwargs)
    assert isinstance(info.value, ValueError)
    assert SECRET not in str(info.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [("IBL_TIMEOUT", "fast"), ("IBL_MAX_RETRIES", "2.5"), ("IBL_DEBUG", "maybe")],
)
def test_bad_environment_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=rf"^{name}: "):
        Client(api_key=SECRET)


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("IBL_TIMEOUT", "nan", "connect must be a finite number"),
        ("IBL_TIMEOUT", "-1", "connect must be a finite number"),
        ("IBL_BASE_URL", "ftp://x", "expected an absolute http(s) URL"),
        ("IBL_AUTH_KIND", "bogus", "unknown kind 'bogus'"),
        ("IBL_MAX_RETRIES", "-1", "expected an integer >= 0"),
        ("IBL_API_KEY", "   ", "expected a non-empty string"),
    ],
)
def test_a_variable_that_parses_but_is_refused_is_named_too(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, problem: str
) -> None:
    """The value was checked after parsing (by the option's own rules): the error still names
    the variable the user has to change, not the argument they never passed."""
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=rf"^{name}: {re.escape(problem)}"):
        Client()


def test_an_argument_refused_is_named_as_the_argument_even_with_its_variable_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IBL_TIMEOUT", "5")
    with pytest.raises(ConfigurationError, match=r"^timeout: connect must be"):
        Client(api_key="k", timeout=-1)


@pytest.mark.parametrize(
    "kwargs",
    [{"wait_initial": -0.1}, {"wait_max": "8"}, {"wait_exp_base": 0.5}, {"max_retries": True}],
)
def test_retry_policy_is_validated(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match=rf"^{next(iter(kwargs))}: "):
        RetryPolicy(**kwargs)


def test_policy_and_config_are_frozen() -> None:
    client = Client(api_key=SECRET, headers={"X-A": "1"})
    with pytest.raises(AttributeError):
        client._config.retry.max_retries = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        client._config.headers["X-A"] = "2"  # type: ignore[index]


def test_anonymous_client_needs_no_credential_but_cannot_drop_anonymity_without_one() -> None:
    anonymous = Client(anonymous=True)
    assert anonymous._auth is None
    with pytest.raises(ConfigurationError, match=r"^api_key: "):
        anonymous.with_options(anonymous=False)


def test_with_options_shares_the_pool_and_leaves_the_parent_alone() -> None:
    parent = Client(api_key=SECRET, headers={"X-A": "1"})
    child = parent.with_options(timeout=1, max_retries=7, headers={"X-B": "2"}, anonymous=True)
    assert child._http is parent._http and not child._owns_http
    assert dict(child._config.headers) == {"X-A": "1", "X-B": "2"}
    assert (child._config.retry.max_retries, child._auth) == (7, None)
    assert dict(parent._config.headers) == {"X-A": "1"}
    assert (parent._config.retry.max_retries, parent._config.timeout.read) == (2, 60.0)
    child.close()  # a derived client does not close the shared pool
    assert not parent._http.is_closed
    parent.close()
    assert parent._http.is_closed


async def test_a_user_supplied_http_client_is_used_and_not_closed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=transport) as http:
        async with AsyncClient(api_key=SECRET, http_client=http) as ibl:
            response: Response[None] = await ibl._send(
                Operation("op", "GET", "/a", nothing), {"url": "/a"}
            )
        assert not http.is_closed
    assert (response.status_code, str(seen[0].url)) == (204, "https://base.manager.iblai.app/a")


def test_a_user_supplied_transport_is_wrapped_with_retries() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(502 if len(calls) == 1 else 204)

    policy = RetryPolicy(wait_initial=0, wait_jitter=0)
    with Client(api_key=SECRET, transport=httpx.MockTransport(handler), retry=policy) as ibl:
        response: Response[None] = ibl._send(Operation("op", "GET", "/a", nothing), {"url": "/a"})
    assert (response.status_code, response.retries, len(calls)) == (204, 1, 2)


def test_doctests_of_the_layer() -> None:
    import doctest

    from ibl_client import _auth, _extras, _log
    from ibl_client._transports import retry

    for module in (_auth, _extras, _log, retry):
        result = doctest.testmod(module)
        assert (result.failed, result.attempted > 0) == (0, True), module.__name__


@pytest.mark.parametrize("value", [float("nan"), float("inf"), httpx.Timeout(5, connect=-1)])
def test_a_timeout_that_is_no_duration_is_refused_by_client_and_call(value: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^timeout: connect must be a finite number"):
        AsyncClient(api_key="k", timeout=value)
    with pytest.raises(ConfigurationError, match=r"^timeout: connect must be a finite number"):
        timeout_of(value)


def test_a_nan_timeout_variable_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_TIMEOUT", "nan")
    with pytest.raises(ConfigurationError, match="got nan"):
        AsyncClient(api_key="k")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1", True),
        (" YES ", True),
        ("On", True),
        ("TRUE", True),
        ("0", False),
        ("False", False),
        ("NO", False),
        (" off", False),
    ],
)
def test_flag_variables_in_any_case(monkeypatch: pytest.MonkeyPatch, raw: str, value: bool) -> None:
    monkeypatch.setenv("IBL_STRICT", raw)
    monkeypatch.setenv("IBL_DEBUG", raw)
    config = Client(api_key=SECRET)._config
    assert (config.strict, config.debug) == (value, value)


@pytest.mark.parametrize(
    "url",
    ["https://asgi.example", "wss://", "wss://asgi.example/?x=1", "wss://asgi.example/#f"],
)
def test_a_websocket_url_that_is_not_a_plain_ws_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(api_key=SECRET, websocket_url=url)
    assert str(caught.value).startswith(
        "websocket_url: expected a ws(s) URL without query such as wss://asgi.data.iblai.app, got "
    )


def test_a_websocket_url_that_does_not_parse_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"^websocket_url: not a valid URL \(.+\)$"):
        Client(api_key=SECRET, websocket_url="ws://[::1")


def test_paths_are_joined_to_the_base_url_by_one_slash() -> None:
    config = Client(api_key=SECRET, base_url="https://h.example/prefix/")._config
    assert config.url("/api/x/") == "https://h.example/prefix/api/x/"
    assert config.url("//api/x/") == "https://h.example/prefix/api/x/"
    assert config.url("XAPI/x/") == "https://h.example/prefix/XAPI/x/"


def test_a_base_url_that_does_not_parse_is_named_by_argument_or_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError, match=r"^base_url: not a valid URL \(.+\)$"):
        Client(api_key=SECRET, base_url="http://[::1")
    monkeypatch.setenv("IBL_BASE_URL", "http://[::1")
    # The parser's own message holds ": " too; the option is what comes before the first.
    with pytest.raises(ConfigurationError, match=r"^IBL_BASE_URL: not a valid URL \(.+\)$"):
        Client(api_key=SECRET)


def test_trailing_slashes_only_are_dropped_from_urls() -> None:
    config = Client(
        api_key=SECRET, base_url="https://h.example/APIX//", websocket_url="wss://w.example/X/"
    )._config
    assert (config.base_url, config.websocket_url) == (
        "https://h.example/APIX",
        "wss://w.example/X",
    )


def test_without_a_credential_the_error_says_how_to_give_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("IBL_API_KEY", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        Client()
    assert str(caught.value) == (
        "api_key: no credential; pass api_key=... (or set IBL_API_KEY), "
        "or anonymous=True for public endpoints"
    )


def test_an_unknown_auth_kind_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Client(api_key=SECRET, auth_kind="jwt")
    assert (
        str(caught.value) == "auth_kind: unknown kind 'jwt'; expected one of api_key, token, bearer"
    )


def test_auth_alone_is_used_and_auth_with_auth_kind_is_refused() -> None:
    auth = BearerAuth(SECRET)
    assert Client(auth=auth)._config.auth is auth
    with pytest.raises(ConfigurationError, match=r"^auth: pass either auth= or api_key="):
        Client(auth=auth, auth_kind="bearer")
