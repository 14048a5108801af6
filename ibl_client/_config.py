"""Client configuration: one frozen value, validated where it is built, from args or env.

One rule for every option: an argument given wins, then its environment variable, then the
default. "Not given" is :data:`NOT_GIVEN`, never ``None``: ``timeout=None`` means no timeout,
as in httpx, and ``api_key=None`` means no key (not "look in the environment").

===================  =======================  =====================================================
argument             variable                 default
===================  =======================  =====================================================
``api_key``          ``IBL_API_KEY``          none (required unless ``anonymous=True``)
``auth_kind``        ``IBL_AUTH_KIND``        ``"api_key"`` (Api-Token), ``"token"``, ``"bearer"``
``base_url``         ``IBL_BASE_URL``         ``https://base.manager.iblai.app``
``timeout``          ``IBL_TIMEOUT``          connect 5 s, read/write/pool 60 s
``max_retries``      ``IBL_MAX_RETRIES``      ``retry.max_retries`` (2 in the default policy)
``strict``           ``IBL_STRICT``           off (an unknown enum value in a response is kept)
``debug``            ``IBL_DEBUG``            off
``websocket_url``    ``IBL_WEBSOCKET_URL``    ``wss://asgi.data.iblai.app`` (``ibl_client.chat``)
``max_concurrency``  ``IBL_MAX_CONCURRENCY``  none: calls in flight are not bounded
===================  =======================  =====================================================

An empty variable counts as unset. ``retry``, ``auth``, ``headers``, ``anonymous`` and
``hooks`` have no variable. A whole ``retry=RetryPolicy(...)`` is an explicit argument too, so
``IBL_MAX_RETRIES`` does not override it; ``max_retries=`` does.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeVar

import attrs
import httpx

from . import _log
from ._auth import AUTH_KINDS
from ._errors import ConfigurationError
from ._hooks import Hooks, check
from ._transports.retry import RetryPolicy
from ._types import NOT_GIVEN as NOT_GIVEN  # re-exported: defined in _types
from ._types import NotGiven as NotGiven
from ._version import __version__

DEFAULT_BASE_URL = "https://base.manager.iblai.app"
#: Where mentors chat (``ibl_client.chat``): the official client's default.
DEFAULT_WEBSOCKET_URL = "wss://asgi.data.iblai.app"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def user_agent(api_version: str) -> str:
    """The User-Agent of a client for the API description ``api_version``."""
    return f"ibl-client/{__version__} (API {api_version})"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
#: The variable each option falls back on when its argument is not given.
VARIABLES: Final = {
    "api_key": "IBL_API_KEY",
    "auth_kind": "IBL_AUTH_KIND",
    "base_url": "IBL_BASE_URL",
    "timeout": "IBL_TIMEOUT",
    "max_retries": "IBL_MAX_RETRIES",
    "debug": "IBL_DEBUG",
    "strict": "IBL_STRICT",
    "websocket_url": "IBL_WEBSOCKET_URL",
    "max_concurrency": "IBL_MAX_CONCURRENCY",
}
V = TypeVar("V")


def _check_base_url(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        url = httpx.URL(value)
    except (TypeError, httpx.InvalidURL) as exc:
        raise ConfigurationError(f"base_url: not a valid URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"base_url: expected an absolute http(s) URL such as {DEFAULT_BASE_URL}, "
            f"got {_log.redact_url(url)!r}"
        )
    if url.query or url.fragment:
        raise ConfigurationError("base_url: must not contain a query or a fragment")


def _check_websocket_url(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        url = httpx.URL(value)
    except (TypeError, httpx.InvalidURL) as exc:
        raise ConfigurationError(f"websocket_url: not a valid URL ({exc})") from None
    if url.scheme not in ("ws", "wss") or not url.host or url.query or url.fragment:
        raise ConfigurationError(
            f"websocket_url: expected a ws(s) URL without query such as {DEFAULT_WEBSOCKET_URL},"
            f" got {_log.redact_url(url)!r}"
        )


def _check_max_concurrency(
    instance: object, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ConfigurationError(
            f"max_concurrency: expected an integer >= 1, or None for no bound, got {value!r}"
        )


def _strip_slash(value: str) -> str:
    return str(value).rstrip("/")


def _to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return httpx.Timeout(None)  # as in httpx: no timeout
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"timeout: expected seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value))


def to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """``value`` as an ``httpx.Timeout``, every phase checked: the client's option and a call's."""
    timeout = _to_timeout(value)
    for phase, seconds in timeout.as_dict().items():
        # `not seconds > 0` also refuses NaN (from IBL_TIMEOUT=nan), which compares false.
        if seconds is not None and not (seconds > 0 and math.isfinite(seconds)):
            raise ConfigurationError(
                f"timeout: {phase} must be a finite number of seconds > 0 (None for no limit), "
                f"got {seconds!r}"
            )
    return timeout


def _freeze_headers(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(value or {}))


@attrs.frozen
class ClientConfig:
    """Everything a client (or a client derived with ``with_options``) sends requests with."""

    base_url: str = attrs.field(
        default=DEFAULT_BASE_URL,
        converter=_strip_slash,
        validator=_check_base_url,
        repr=lambda u: repr(_log.redact_url(u)),
    )
    auth: httpx.Auth | None = None
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=to_timeout)
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    headers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_freeze_headers, repr=lambda h: repr(_log.redact_headers(h))
    )
    anonymous: bool = False
    strict: bool = False
    debug: bool = False
    websocket_url: str = attrs.field(
        default=DEFAULT_WEBSOCKET_URL, converter=_strip_slash, validator=_check_websocket_url
    )
    #: Calls of the client in flight at once, at most (``None``: no bound); see rate_gate.py.
    max_concurrency: int | None = attrs.field(default=None, validator=_check_max_concurrency)
    #: Functions called around each call (``_hooks.py``); None: none, and nothing is spent.
    hooks: Hooks | None = attrs.field(default=None, converter=check)

    def __attrs_post_init__(self) -> None:
        if self.auth is None and not self.anonymous:
            raise ConfigurationError(
                "api_key: no credential; pass api_key=... (or set IBL_API_KEY), "
                "or anonymous=True for public endpoints"
            )

    def url(self, path: str) -> str:
        """The absolute URL of a path relative to ``base_url`` (as the generated code gives)."""
        return f"{self.base_url}/{path.lstrip('/')}"


def resolve(
    *,
    api_key: str | NotGiven | None,
    auth_kind: str | NotGiven,
    auth: httpx.Auth | NotGiven | None,
    base_url: str | NotGiven,
    timeout: float | httpx.Timeout | NotGiven | None,
    max_retries: int | NotGiven,
    retry: RetryPolicy | NotGiven,
    headers: Mapping[str, str] | None,
    anonymous: bool | NotGiven,
    debug: bool | NotGiven,
    strict: bool | NotGiven = NOT_GIVEN,
    websocket_url: str | NotGiven = NOT_GIVEN,
    max_concurrency: int | NotGiven | None = NOT_GIVEN,
    hooks: Hooks | None = None,
    environ: Mapping[str, str] = os.environ,
) -> ClientConfig:
    """Build a :class:`ClientConfig`: each option from its argument, its variable, its default.

    A value that came from a variable and is refused is reported under the variable's name
    (``IBL_TIMEOUT: connect must be ...``): that is what the user has to change.
    """
    from_environment: dict[str, str] = {}  # option -> the variable its value came from

    def pick(name: str, given: V | NotGiven, parse: Callable[[str, str], V], default: V) -> V:
        if given is not NOT_GIVEN:
            return given
        raw = environ.get(VARIABLES[name], "")
        if not raw:
            return default
        from_environment[name] = VARIABLES[name]
        return parse(VARIABLES[name], raw)

    try:
        if auth is NOT_GIVEN:  # read even when anonymous, so with_options(anonymous=False) can sign
            key = pick("api_key", api_key, _text, None)
            kind = pick("auth_kind", auth_kind, _text, "api_key")
            if kind not in AUTH_KINDS:
                raise ConfigurationError(
                    f"auth_kind: unknown kind {kind!r}; expected one of {', '.join(AUTH_KINDS)}"
                )
            if key is not None and (not isinstance(key, str) or not key.strip()):
                raise ConfigurationError("api_key: expected a non-empty string")
            auth = None if key is None else AUTH_KINDS[kind](key)
        elif api_key is not NOT_GIVEN or auth_kind is not NOT_GIVEN:
            raise ConfigurationError(
                "auth: pass either auth= or api_key= (with auth_kind=), not both"
            )
        if retry is NOT_GIVEN:
            policy = RetryPolicy()
        elif isinstance(retry, RetryPolicy):
            policy = retry
            if max_retries is NOT_GIVEN:  # an explicit policy's own count beats IBL_MAX_RETRIES
                max_retries = retry.max_retries
        else:
            raise ConfigurationError(f"retry: expected a RetryPolicy, got {retry!r}")
        retries = pick("max_retries", max_retries, _integer, policy.max_retries)
        if retries != policy.max_retries:
            policy = attrs.evolve(policy, max_retries=retries)
        return ClientConfig(
            base_url=pick("base_url", base_url, _text, DEFAULT_BASE_URL),
            auth=auth,
            timeout=pick("timeout", timeout, _seconds, DEFAULT_TIMEOUT),
            retry=policy,
            headers=headers,
            anonymous=False
            if anonymous is NOT_GIVEN
            else anonymous,  # no variable: by argument only
            strict=pick("strict", strict, _flag, False),
            debug=pick("debug", debug, _flag, False),
            websocket_url=pick("websocket_url", websocket_url, _text, DEFAULT_WEBSOCKET_URL),
            max_concurrency=pick("max_concurrency", max_concurrency, _integer, None),
            hooks=hooks,
        )

    except ConfigurationError as exc:
        option, _, problem = str(exc).partition(": ")
        if option not in from_environment:
            raise
        raise ConfigurationError(f"{from_environment[option]}: {problem}") from None


# Parsers of variables' text; each error names the variable.


def _text(name: str, raw: str) -> str:
    return raw


def _seconds(name: str, raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}: expected a number of seconds, got {raw!r}") from None


def _integer(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigurationError(f"{name}: expected an integer, got {raw!r}") from None


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigurationError(f"{name}: expected 1/0, true/false, yes/no or on/off, got {raw!r}")
