"""Client configuration: one frozen value, validated where it is built, read from args or env.

Arguments win over environment variables, which win over the defaults:

=================  =====================  ====================================================
argument           variable               default
=================  =====================  ====================================================
``api_key``        ``IBL_API_KEY``        none (required unless ``anonymous=True``)
``auth_kind``      ``IBL_AUTH_KIND``      ``"api_key"`` (``Api-Token``); ``"token"``, ``"bearer"``
``base_url``       ``IBL_BASE_URL``       ``https://base.manager.iblai.app``
``timeout``        ``IBL_TIMEOUT``        connect 5 s, read/write/pool 60 s
``max_retries``    ``IBL_MAX_RETRIES``    2
``strict``         ``IBL_STRICT``         off (an unknown enum value in a response is kept)
``debug``          ``IBL_DEBUG``          off
=================  =====================  ====================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs
import httpx

from . import _log
from ._auth import AUTH_KINDS
from ._errors import ConfigurationError
from ._retry import RetryPolicy
from ._version import API_VERSION, __version__

DEFAULT_BASE_URL = "https://base.manager.iblai.app"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
USER_AGENT = f"ibl-client/{__version__} (API {API_VERSION})"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


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


def _strip_slash(value: str) -> str:
    return str(value).rstrip("/")


def _to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"timeout: expected seconds or an httpx.Timeout, got {value!r}")
    return httpx.Timeout(float(value))


def _check_timeout(instance: object, attribute: attrs.Attribute[Any], value: httpx.Timeout) -> None:
    for phase, seconds in value.as_dict().items():
        if seconds is not None and seconds <= 0:
            raise ConfigurationError(f"timeout: {phase} must be > 0 seconds, got {seconds!r}")


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
    timeout: httpx.Timeout = attrs.field(
        default=DEFAULT_TIMEOUT, converter=_to_timeout, validator=_check_timeout
    )
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    headers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_freeze_headers, repr=lambda h: repr(_log.redact_headers(h))
    )
    anonymous: bool = False
    strict: bool = False
    debug: bool = False

    def __attrs_post_init__(self) -> None:
        if self.auth is None and not self.anonymous:
            raise ConfigurationError(
                "api_key: no credential; pass api_key=... (or set IBL_API_KEY), "
                "or anonymous=True for public endpoints"
            )
        if not isinstance(self.retry, RetryPolicy):
            raise ConfigurationError(f"retry: expected a RetryPolicy, got {self.retry!r}")

    def url(self, path: str) -> str:
        """The absolute URL of a path relative to ``base_url`` (as the generated code gives)."""
        return f"{self.base_url}/{path.lstrip('/')}"


def resolve(
    *,
    api_key: str | None,
    auth_kind: str | None,
    auth: httpx.Auth | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    retry: RetryPolicy | None,
    headers: Mapping[str, str] | None,
    anonymous: bool,
    debug: bool | None,
    strict: bool | None = None,
    environ: Mapping[str, str] = os.environ,
) -> ClientConfig:
    """Build a :class:`ClientConfig` from client arguments, falling back to ``IBL_*`` variables."""
    if auth is None:  # read even when anonymous, so with_options(anonymous=False) can sign
        key = api_key if api_key is not None else (environ.get("IBL_API_KEY") or None)
        kind = auth_kind or environ.get("IBL_AUTH_KIND") or "api_key"
        if kind not in AUTH_KINDS:
            raise ConfigurationError(
                f"auth_kind: unknown kind {kind!r}; expected one of {', '.join(AUTH_KINDS)}"
            )
        if key is not None and not key.strip():
            raise ConfigurationError("api_key: must not be empty")
        if key is not None:
            auth = AUTH_KINDS[kind](key)
    if timeout is None and "IBL_TIMEOUT" in environ:
        timeout = _env_number(environ, "IBL_TIMEOUT", float)
    if max_retries is None and "IBL_MAX_RETRIES" in environ:
        max_retries = int(_env_number(environ, "IBL_MAX_RETRIES", int))
    policy = retry or RetryPolicy()
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    if debug is None:
        debug = _env_flag(environ, "IBL_DEBUG")
    if strict is None:
        strict = _env_flag(environ, "IBL_STRICT")
    return ClientConfig(
        base_url=base_url or environ.get("IBL_BASE_URL") or DEFAULT_BASE_URL,
        auth=auth,
        timeout=timeout,
        retry=policy,
        headers=headers,
        anonymous=anonymous,
        strict=strict,
        debug=debug,
    )


def _env_number(environ: Mapping[str, str], name: str, kind: type[float] | type[int]) -> float:
    raw = environ[name]
    try:
        return kind(raw)
    except ValueError:
        expected = "an integer" if kind is int else "a number of seconds"
        raise ConfigurationError(f"{name}: expected {expected}, got {raw!r}") from None


def _env_flag(environ: Mapping[str, str], name: str) -> bool:
    raw = environ.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ConfigurationError(f"{name}: expected 1/0, true/false, yes/no or on/off, got {raw!r}")
