"""One rule for every option: argument > environment variable > default, in the constructor and
through ``with_options``. (Proxies and CA settings: test_proxies.py, over real sockets.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from ibl_client import NOT_GIVEN, AsyncClient, Client, ConfigurationError, Hooks, RetryPolicy
from ibl_client._config import VARIABLES, ClientConfig

from .conftest import SECRET


def credential(config: ClientConfig) -> str | None:
    if config.auth is None:
        return None
    request = next(config.auth.auth_flow(httpx.Request("GET", "https://x.example")))
    return request.headers["Authorization"]


@attrs.frozen
class Option:
    """An option, how to read it from a config, and a value for each source."""

    name: str
    read: Callable[[ClientConfig], Any]
    argument: Any  # passed as the argument
    from_argument: Any  # what the config then holds
    variable: str | None  # the variable's text (None: the option has no variable)
    from_variable: Any
    default: Any
    derived: Any = None  # a value with_options can set (None: with_options does not take it)


OPTIONS = [
    Option(
        "api_key",
        credential,
        "from-argument",
        "Api-Token from-argument",
        "from-variable",
        "Api-Token from-variable",
        None,  # no credential: the client is anonymous in the "default" case
    ),
    Option(
        "auth_kind",
        lambda c: credential(c).split()[0],  # type: ignore[union-attr]
        "bearer",
        "Bearer",
        "token",
        "Token",
        "Api-Token",
    ),
    Option(
        "base_url",
        lambda c: c.base_url,
        "https://argument.example/",
        "https://argument.example",
        "https://variable.example",
        "https://variable.example",
        "https://base.manager.iblai.app",
    ),
    Option(
        "timeout",
        lambda c: c.timeout,
        7,
        httpx.Timeout(7),
        "11.5",
        httpx.Timeout(11.5),
        httpx.Timeout(60, connect=5),
        derived=(1.5, httpx.Timeout(1.5)),
    ),
    Option(
        "max_retries",
        lambda c: c.retry.max_retries,
        5,
        5,
        "0",
        0,
        2,
        derived=(9, 9),
    ),
    Option("debug", lambda c: c.debug, False, False, "1", True, False),
    Option(
        "websocket_url",
        lambda c: c.websocket_url,
        "ws://argument.example/",
        "ws://argument.example",
        "wss://variable.example",
        "wss://variable.example",
        "wss://asgi.data.iblai.app",
    ),
    Option("strict", lambda c: c.strict, False, False, "1", True, False, derived=(True, True)),
    Option(
        "max_concurrency",
        lambda c: c.max_concurrency,
        8,
        8,
        "3",
        3,
        None,  # no bound
        derived=(5, 5),
    ),
    Option(
        "retry",
        lambda c: c.retry,
        RetryPolicy(max_retries=4, wait_max=1),
        RetryPolicy(max_retries=4, wait_max=1),
        None,
        None,
        RetryPolicy(),
        derived=(RetryPolicy(max_retries=1), RetryPolicy(max_retries=1)),
    ),
    Option(
        "headers",
        lambda c: dict(c.headers),
        {"X-A": "1"},
        {"X-A": "1"},
        None,
        None,
        {},
        derived=({"X-B": "2"}, {"X-B": "2"}),  # merged: see test_with_options_merges_headers
    ),
    Option(
        "anonymous",
        lambda c: c.anonymous,
        True,
        True,
        None,
        None,
        False,
        derived=(True, True),
    ),
    Option(
        "hooks",
        lambda c: c.hooks,
        Hooks(on_request=[print]),
        Hooks(on_request=[print]),
        None,
        None,
        None,
        derived=(Hooks(on_error=[repr]), Hooks(on_error=[repr])),
    ),
]
SOURCES = ["argument", "variable", "default"]


def cases(options: list[Option]) -> list[Any]:
    return [
        pytest.param(option, source, id=f"{option.name}-{source}")
        for option in options
        for source in SOURCES
        if option.variable is not None or source != "variable"
    ]


CASES = cases(OPTIONS)
TWINS = [pytest.param(Client, id="sync"), pytest.param(AsyncClient, id="async")]


def construct(
    cls: type[Client | AsyncClient],
    option: Option,
    source: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Client | AsyncClient:
    """A client whose ``option`` comes from ``source``; every variable is set to a value that
    differs from the argument, so an argument that lost to the environment would show."""
    for other in OPTIONS:
        if other.variable is not None and other.name != option.name:
            monkeypatch.delenv(VARIABLES[other.name], raising=False)
    if option.variable is not None and source != "default":
        monkeypatch.setenv(VARIABLES[option.name], option.variable)
    kwargs: dict[str, Any] = {}
    if option.name != "api_key":
        kwargs["api_key"] = SECRET
    elif source == "default":
        kwargs["anonymous"] = True
    if source == "argument":
        kwargs[option.name] = option.argument
    return cls(**kwargs)


def expected(option: Option, source: str) -> Any:
    return {
        "argument": option.from_argument,
        "variable": option.from_variable,
        "default": option.default,
    }[source]


@pytest.mark.parametrize("cls", TWINS)
@pytest.mark.parametrize(("option", "source"), CASES)
def test_the_constructor(
    cls: type[Client | AsyncClient], option: Option, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = construct(cls, option, source, monkeypatch)
    assert option.read(client._config) == expected(option, source)


@pytest.mark.parametrize("cls", TWINS)
@pytest.mark.parametrize(("option", "source"), CASES)
def test_with_options_keeps_what_it_does_not_change(
    cls: type[Client | AsyncClient], option: Option, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = construct(cls, option, source, monkeypatch)
    derived = parent.with_options()
    assert option.read(derived._config) == expected(option, source)
    assert derived._http is parent._http and not derived._owns_http


@pytest.mark.parametrize("cls", TWINS)
@pytest.mark.parametrize(("option", "source"), cases([o for o in OPTIONS if o.derived]))
def test_with_options_arguments_win(
    cls: type[Client | AsyncClient], option: Option, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = construct(cls, option, source, monkeypatch)
    value, held = option.derived
    if option.name == "headers":
        held = {**parent._config.headers, **held}
    derived = parent.with_options(**{option.name: value})
    assert option.read(derived._config) == held
    assert option.read(parent._config) == expected(option, source)  # the parent is untouched


def test_the_matrix_covers_every_constructor_option() -> None:
    """A new option joins the matrix, or the list of those tested elsewhere."""
    import inspect

    tested_elsewhere = {"self", "auth", "proxy", "verify", "backend", "transport", "http_client"}
    for cls in (Client, AsyncClient):
        parameters = set(inspect.signature(cls.__init__).parameters)
        assert parameters - tested_elsewhere == {o.name for o in OPTIONS}
    assert set(VARIABLES) == {o.name for o in OPTIONS if o.variable is not None}


# The cases the issue met, spelled out.


def test_an_explicit_policy_beats_ibl_max_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_MAX_RETRIES", "0")
    client = Client(api_key="k", retry=RetryPolicy(max_retries=5))
    assert client._config.retry.max_retries == 5
    assert client.with_options(headers={"X": "1"})._config.retry.max_retries == 5


def test_max_retries_beats_the_policy_s_own_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_MAX_RETRIES", "7")
    client = Client(api_key="k", retry=RetryPolicy(max_retries=5, wait_max=1), max_retries=1)
    assert client._config.retry == RetryPolicy(max_retries=1, wait_max=1)
    # A new policy replaces the old one whole, the count given with the old one included.
    derived = client.with_options(retry=RetryPolicy(max_retries=3))
    assert derived._config.retry == RetryPolicy(max_retries=3)


@pytest.mark.parametrize("cls", TWINS)
def test_timeout_none_means_no_timeout_as_in_httpx(
    cls: type[Client | AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IBL_TIMEOUT", "3")
    client = cls(api_key="k", timeout=None)
    assert client._config.timeout == httpx.Timeout(None)
    derived = cls(api_key="k").with_options(timeout=None)
    assert derived._config.timeout == httpx.Timeout(None)
    assert cls(api_key="k", timeout=NOT_GIVEN)._config.timeout == httpx.Timeout(3)


def test_api_key_none_means_no_key_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IBL_API_KEY", "from-variable")
    with pytest.raises(ConfigurationError, match=r"^api_key: no credential"):
        Client(api_key=None)
    assert Client(api_key=None, anonymous=True)._config.auth is None


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES.values():
        monkeypatch.setenv(name, "")
    config = Client(anonymous=True)._config
    assert (config.base_url, config.timeout, config.retry, config.debug, config.auth) == (
        "https://base.manager.iblai.app",
        httpx.Timeout(60, connect=5),
        RetryPolicy(),
        False,
        None,
    )


def test_auth_and_api_key_together_are_refused() -> None:
    from ibl_client import BearerAuth

    with pytest.raises(ConfigurationError, match=r"^auth: "):
        Client(api_key="k", auth=BearerAuth("t"))


def test_with_options_merges_headers() -> None:
    parent = Client(api_key="k", headers={"X-A": "1", "X-B": "old"})
    derived = parent.with_options(headers={"X-B": "2"})
    assert dict(derived._config.headers) == {"X-A": "1", "X-B": "2"}


class Tenant(Client):
    """A subclass with state of its own, set in ``__init__``."""

    def __init__(self, tenant: str, *, audit: list[str] | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.tenant = tenant
        self.audit = audit if audit is not None else []
        self.audit.append(f"made for {tenant}")


def test_with_options_runs_a_subclass_s_constructor() -> None:
    log: list[str] = []
    parent = Tenant("acme", audit=log, api_key="k", timeout=3)
    derived = parent.with_options(max_retries=0)
    assert type(derived) is Tenant
    assert (derived.tenant, derived.audit is log, log) == ("acme", True, ["made for acme"] * 2)
    assert (derived._config.timeout, derived._config.retry.max_retries) == (httpx.Timeout(3), 0)
    assert derived._http is parent._http
    assert derived.with_options(timeout=1).tenant == "acme"  # a derived client derives again


def test_a_derived_client_is_validated_like_a_constructed_one() -> None:
    client = Client(api_key="k")
    with pytest.raises(ConfigurationError, match=r"^max_retries: "):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match=r"^timeout: "):
        client.with_options(timeout=0)


@pytest.mark.parametrize("cls", TWINS)
@pytest.mark.parametrize("value", [0, -2, 1.5, True, "4"])
def test_a_refused_max_concurrency_names_the_argument(
    cls: type[Client | AsyncClient], value: object
) -> None:
    with pytest.raises(ConfigurationError, match=rf"^max_concurrency: .*got {value!r}$"):
        cls(api_key="k", max_concurrency=value)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"^max_concurrency: "):
        cls(api_key="k").with_options(max_concurrency=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["0", "lots", "2.5"])
def test_a_refused_ibl_max_concurrency_names_the_variable(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IBL_MAX_CONCURRENCY", raw)
    with pytest.raises(ConfigurationError, match=rf"^IBL_MAX_CONCURRENCY: .*got '?{raw}'?$"):
        Client(api_key="k")


def test_max_concurrency_none_means_unbounded_over_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IBL_MAX_CONCURRENCY", "2")
    assert AsyncClient(api_key="k", max_concurrency=None)._limit is None
    bounded = AsyncClient(api_key="k")
    assert bounded._limit is not None and bounded._limit.limit == 2
    # A derived client keeps the parent's bound itself (their calls count together) unless it
    # sets its own.
    assert bounded.with_options(timeout=3)._limit is bounded._limit
    assert bounded.with_options(max_concurrency=None)._limit is None
