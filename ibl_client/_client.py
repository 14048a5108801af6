"""``AsyncClient`` and its sync twin ``Client``: one connection pool, options, and ``_send``.

The generated operation modules call ``client._send(operation_id, request_kwargs, parse)``.
Everything both twins do around the actual I/O lives in ``_BaseClient``; the twins differ
only in the one ``await``.

Options never live on the shared ``httpx`` client. Each ``_send`` builds its request with the
calling client's timeout, headers and auth, and puts its retry policy in the request's
``extensions``, where the retry transport reads it. So ``with_options()`` is cheap (no new pool)
and concurrent tasks using differently-configured clients cannot see each other's options.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import attrs
import httpx

from . import _log
from ._config import USER_AGENT, ClientConfig, resolve
from ._errors import connection_error, validation_error
from ._response import Response
from ._retry import (
    POLICY_EXTENSION,
    RETRIES_EXTENSION,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
)
from .generated.api import AsyncTags, Tags

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")
C = TypeVar("C", bound="_BaseClient")
Parse = Callable[[httpx.Response], T | None]

#: Exceptions a generated ``_parse_response`` raises on a body that does not fit its model.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
OPERATION_EXTENSION = "ibl_operation_id"


class _BaseClient:
    _config: ClientConfig
    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool

    def _setup(
        self, config: ClientConfig, http: httpx.Client | httpx.AsyncClient, owns_http: bool
    ) -> None:
        self._config = config
        self._http = http
        self._owns_http = owns_http
        if config.debug:
            _log.enable_debug()

    def with_options(
        self: C,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        anonymous: bool | None = None,
    ) -> C:
        """A client sharing this one's connection pool, with some options changed.

        >>> slow = ibl.with_options(timeout=300, max_retries=0)  # doctest: +SKIP

        Headers are merged into the current ones. The derived client does not own the pool:
        closing it is a no-op; close the client you constructed.
        """
        config = self._config
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["retry"] = attrs.evolve(config.retry, max_retries=max_retries)
        if headers is not None:
            changes["headers"] = {**config.headers, **headers}
        if anonymous is not None:
            changes["anonymous"] = anonymous
        derived = object.__new__(type(self))
        derived._setup(attrs.evolve(config, **changes), self._http, owns_http=False)
        return derived

    def _build_request(self, operation_id: str, kwargs: Mapping[str, Any]) -> httpx.Request:
        config = self._config
        kwargs = dict(kwargs)
        headers = {
            "User-Agent": USER_AGENT,
            **config.headers,
            **(kwargs.pop("headers", None) or {}),
        }
        request = self._http.build_request(
            kwargs.pop("method"),
            config.url(kwargs.pop("url")),
            headers=headers,
            timeout=config.timeout,
            extensions={POLICY_EXTENSION: config.retry, OPERATION_EXTENSION: operation_id},
            **kwargs,
        )
        _log.request_sent(operation_id, request)
        return request

    @property
    def _auth(self) -> httpx.Auth | None:
        return None if self._config.anonymous else self._config.auth

    def _finish(
        self, operation_id: str, request: httpx.Request, response: httpx.Response, parse: Parse[T]
    ) -> Response[T]:
        retries: int = request.extensions.get(RETRIES_EXTENSION, 0)
        _log.response_received(operation_id, response, retries)
        parsed: T | None = None
        if response.is_success:
            try:
                parsed = parse(response)
            except PARSE_ERRORS as exc:
                raise validation_error(
                    exc, request, response, operation_id=operation_id, retries=retries
                ) from exc
        return Response(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=parsed,
            retries=retries,
            operation_id=operation_id,
            http_response=response,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._config!r})"


class AsyncClient(AsyncTags, _BaseClient):
    """The async client: create one per application and share it; it holds the pool.

    >>> async with AsyncClient(api_key="...") as ibl:  # doctest: +SKIP
    ...     data = await ibl.ai_analytics.analytics_time_spent_user_retrieve()

    Every operation is a method of its tag's group (``ibl.<tag>.<operation_id>``, generated
    in ``generated/api/``); the modules' ``asyncio(client=ibl, ...)`` functions work too.

    Configuration (arguments win over ``IBL_*`` variables; see ``_config``): ``api_key`` and
    ``auth_kind`` (or any ``httpx.Auth`` as ``auth``), ``base_url``, ``timeout`` (seconds or
    ``httpx.Timeout``), ``max_retries`` (or a whole ``retry=RetryPolicy(...)``), ``headers``,
    ``anonymous`` (send no credential), ``debug``. ``transport`` is the inner transport our
    retry transport wraps; an ``http_client`` is used as is, and not closed by us (it retries
    only if its transport is an ``AsyncRetryTransport``).
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        auth_kind: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        anonymous: bool = False,
        debug: bool | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        config = resolve(
            api_key=api_key,
            auth_kind=auth_kind,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            anonymous=anonymous,
            debug=debug,
        )
        owns_http = http_client is None
        if http_client is None:
            inner = transport or httpx.AsyncHTTPTransport()
            retrying = AsyncRetryTransport(inner, config.retry)
            http_client = httpx.AsyncClient(transport=retrying, follow_redirects=True)
        self._setup(config, http_client, owns_http)

    async def _send(
        self, operation_id: str, request_kwargs: Mapping[str, Any], parse: Parse[T]
    ) -> Response[T]:
        """Send one operation's request; never raises for a status (see ``Response.unwrap``)."""
        request = self._build_request(operation_id, request_kwargs)
        try:
            response = await self._http.send(request, auth=self._auth)
        except httpx.RequestError as exc:
            retries = request.extensions.get(RETRIES_EXTENSION, 0)
            raise connection_error(
                exc, request, operation_id=operation_id, retries=retries
            ) from exc
        return self._finish(operation_id, request, response, parse)

    async def aclose(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class Client(Tags, _BaseClient):
    """The sync client, twin of :class:`AsyncClient`: same arguments, same behaviour.

    >>> with Client(api_key="...") as ibl:  # doctest: +SKIP
    ...     data = ibl.ai_analytics.analytics_time_spent_user_retrieve()
    """

    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        auth_kind: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        anonymous: bool = False,
        debug: bool | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        config = resolve(
            api_key=api_key,
            auth_kind=auth_kind,
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            headers=headers,
            anonymous=anonymous,
            debug=debug,
        )
        owns_http = http_client is None
        if http_client is None:
            inner = transport or httpx.HTTPTransport()
            retrying = RetryTransport(inner, config.retry)
            http_client = httpx.Client(transport=retrying, follow_redirects=True)
        self._setup(config, http_client, owns_http)

    def _send(
        self, operation_id: str, request_kwargs: Mapping[str, Any], parse: Parse[T]
    ) -> Response[T]:
        """Send one operation's request; never raises for a status (see ``Response.unwrap``)."""
        request = self._build_request(operation_id, request_kwargs)
        try:
            response = self._http.send(request, auth=self._auth)
        except httpx.RequestError as exc:
            retries = request.extensions.get(RETRIES_EXTENSION, 0)
            raise connection_error(
                exc, request, operation_id=operation_id, retries=retries
            ) from exc
        return self._finish(operation_id, request, response, parse)

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
