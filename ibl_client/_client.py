"""The clients' base classes: one connection pool, options, and ``_send``.

``AsyncAPIClient`` and its sync twin ``SyncAPIClient`` are everything a client is but its
operation groups: the generated ``ibl_client.generated.client`` subclasses them as the public
``AsyncClient`` and ``Client``, adding ``client.<tag>`` and the API version of the description
(as openai-python's generated ``_client.py`` subclasses its hand-written ``_base_client.py``), so
this layer never imports generated code.

The generated operation modules call ``client._send(OPERATION, request_kwargs)`` with their
`Operation` descriptor (``_operation.py``),
with the call's extras (``ibl_client/_extras.py``); ``client.request(...)`` sends a request the
description does not have through the same ``_send``.
Everything both twins do around the actual I/O lives in ``_BaseClient``; the twins differ
only in the one ``await``.

Options never live on the shared ``httpx`` client. Each ``_send`` builds its request with the
calling client's timeout, headers and auth, and puts its retry policy in the request's
``extensions``, where the retry transport reads it. So ``with_options()`` is cheap (no new pool)
and concurrent tasks using differently-configured clients cannot see each other's options.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
import httpx

from . import _decode, _log
from ._body import JSON, decode
from ._config import ClientConfig, resolve, user_agent
from ._errors import (
    APIConnectionError,
    ConfigurationError,
    IBLError,
    closed_error,
    connection_error,
    loop_error,
    validation_error,
)
from ._extras import TOKEN, Body, Headers, Query, Timeout, merge, merge_headers, timeout_of
from ._hooks import AsyncCall, Call, Hooks
from ._operation import RAW_OPERATION, Operation
from ._response import Response
from ._streaming import AsyncStreamedResponse, StreamedResponse, request_of
from ._transports import compat, direct
from ._transports.pool import (
    PoolConfig,
    ProxyOption,
    VerifyOption,
    async_pool,
    built_here,
    resolve_backend,
    resolve_pool,
    sync_pool,
)
from ._transports.rate_gate import AsyncConcurrencyLimit, ConcurrencyLimit
from ._transports.retry import (
    DEADLINE_EXTENSION,
    POLICY_EXTENSION,
    RETRIES_EXTENSION,
    RetryPolicy,
    start_call,
    time_left,
)
from ._types import NOT_GIVEN, UNSET, NotGiven
from ._validation import PARSE_ERRORS, STRICT

if TYPE_CHECKING:
    from .chat import AsyncChat, Chat

__all__ = ["AsyncAPIClient", "SyncAPIClient"]

T = TypeVar("T")
C = TypeVar("C", bound="_BaseClient")

OPERATION_EXTENSION = "ibl_operation_id"


#: Constructor arguments that make the connection pool; a derived client shares its parent's.
_POOL_OPTIONS = frozenset({"transport", "http_client", "proxy", "verify", "backend"})
#: The routes and TLS context each pool built here was made with, for the connections made
#: beside it (the chat's WebSocket, a presigned upload); keyed by the pool, so a client derived
#: with ``with_options`` finds its parent's.
_POOL_SETTINGS: weakref.WeakKeyDictionary[httpx.Client | httpx.AsyncClient, PoolConfig] = (
    weakref.WeakKeyDictionary()
)


def _connections_given(transport: object, http_client: object) -> str | None:
    """Which argument brought its own connections, if any (then we configure no pool)."""
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("transport: not used with http_client=; pass one of them")
        return "http_client"
    return None if transport is None else "transport"


def _given(options: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in options.items() if value is not NOT_GIVEN}


def _rebuild(cls: type[C], arguments: dict[str, Any]) -> C:
    """A pickled client, made again by its constructor (``_BaseClient.__reduce__``)."""
    return cls(**arguments)


class _BaseClient:
    #: The version of the API description the operations were generated from; the generated
    #: clients set it (it is sent in the User-Agent).
    api_version: ClassVar[str] = "unknown"
    _arguments: tuple[tuple[Any, ...], dict[str, Any]]
    _config: ClientConfig
    _http: httpx.Client | httpx.AsyncClient
    _owns_http: bool
    #: The pool arguments given (proxy, verify, backend), for a copy of this client in another
    #: process; None when the connections came from a transport= or http_client= (not ours).
    _pool_options: dict[str, Any] | None

    def __new__(cls: type[C], *args: Any, **kwargs: Any) -> C:
        self = super().__new__(cls)
        self._arguments = (args, kwargs)  # what the constructor got, for with_options
        return self

    def _setup(
        self,
        config: ClientConfig,
        http: httpx.Client | httpx.AsyncClient,
        owns_http: bool,
        pool_options: dict[str, Any] | None,
    ) -> None:
        self._config = config
        self._pool_options = pool_options
        self._http = http
        self._owns_http = owns_http
        self._user_agent = user_agent(self.api_version)
        self._prepared = direct.Prepared(
            http,
            config.base_url,
            merge_headers({"User-Agent": self._user_agent}, config.headers),
            built_here(http),
        )
        self._timeout = config.timeout.as_dict()
        # None unless max_concurrency is set: then ``_send`` holds a slot for the call.
        self._limit: ConcurrencyLimit | AsyncConcurrencyLimit | None = (
            None if config.max_concurrency is None else self._make_limit(config.max_concurrency)
        )
        self._hooks = config.hooks
        if config.debug:
            _log.enable_debug()

    def with_options(
        self: C,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        anonymous: bool | NotGiven = NOT_GIVEN,
        strict: bool | NotGiven = NOT_GIVEN,
        max_concurrency: int | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> C:
        """A client sharing this one's connection pool, with some options changed.

        >>> slow = ibl.with_options(timeout=300, max_retries=0)  # doctest: +SKIP

        The derived client is made by the constructor, from the arguments this one was made
        with and these changes, so the same precedence and validation apply (and a subclass's
        ``__init__`` runs; it should pass keyword options on). ``headers`` are merged into the
        current ones; a new ``retry`` policy replaces the old one, ``max_retries`` included.
        The derived client does not own the pool: closing it is a no-op; close the client you
        constructed. It shares this client's rate gate (the pool's), and its bound on calls in
        flight unless ``max_concurrency`` changes it.
        """
        args, kwargs = self._arguments
        kwargs = {k: v for k, v in kwargs.items() if k not in _POOL_OPTIONS}
        if retry is not NOT_GIVEN:
            kwargs.pop("max_retries", None)
        given = {"timeout": timeout, "max_retries": max_retries, "retry": retry}
        kwargs.update({k: v for k, v in given.items() if v is not NOT_GIVEN})
        if anonymous is not NOT_GIVEN:
            kwargs["anonymous"] = anonymous
        if headers is not None:
            kwargs["headers"] = merge_headers(self._config.headers, headers)
        if strict is not NOT_GIVEN:
            kwargs["strict"] = strict
        if max_concurrency is not NOT_GIVEN:
            kwargs["max_concurrency"] = max_concurrency
        if hooks is not NOT_GIVEN:  # replaces the hooks (None: none); add Hooks with +
            kwargs["hooks"] = hooks
        derived = type(self)(*args, **kwargs, http_client=self._http)
        derived._pool_options = self._pool_options  # same pool: a copy elsewhere makes the same
        if derived._config.max_concurrency == self._config.max_concurrency:
            derived._limit = self._limit  # the same bound: its calls count with this one's
        return derived

    @staticmethod
    def _make_limit(limit: int) -> ConcurrencyLimit | AsyncConcurrencyLimit:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:
        """A copy for another process (pickle, multiprocessing, Dask): the same client.

        What it sends requests with travels resolved (the credential inside ``auth``, base URL,
        timeouts, retry policy, headers), so the copy does not depend on the worker's ``IBL_*``
        variables; the pool arguments travel as given (``proxy``, ``verify``, ``backend``) and
        the copy builds its own pool from them in its process, with that machine's proxy and
        CA variables where they were not given. A client made with ``transport=`` or
        ``http_client=`` holds connections that cannot travel: it is refused.
        """
        if self._pool_options is None:
            raise TypeError(
                f"cannot pickle a {type(self).__name__} made with transport= or http_client=: "
                "their connections cannot go to another process; pickle a client that makes "
                "its own pool, or make one in the worker"
            )
        # Every field of the configuration is the constructor argument of the same name: read
        # them all, so an option added later travels too.
        config = attrs.asdict(self._config, recurse=False)
        arguments = {**config, "headers": dict(config["headers"]), **self._pool_options}
        return (_rebuild, (type(self), arguments))

    def _build_request(
        self,
        operation: Operation[Any],
        kwargs: Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> httpx.Request:
        config = self._config
        operation_id = operation.id
        kwargs = merge(
            kwargs, extra_query=extra_query, extra_headers=extra_headers, extra_body=extra_body
        )
        kwargs["method"] = operation.method  # a fact of the operation, not of one call
        extensions = {
            "timeout": dict(self._timeout)
            if timeout is NOT_GIVEN
            else timeout_of(timeout).as_dict(),
            POLICY_EXTENSION: config.retry,
            OPERATION_EXTENSION: operation_id,
        }
        start_call(config.retry, extensions)
        try:
            if self._prepared.ours and not compat.has_cookies(self._http.cookies):
                request = self._prepared.request(kwargs, extensions, self._auth)
            else:  # httpx's defaults merge in: a user's http_client's, or the cookies a server set
                request = self._http.build_request(
                    kwargs.pop("method"),
                    config.url(kwargs.pop("url")),
                    headers=merge_headers(
                        merge_headers({"User-Agent": self._user_agent}, config.headers),
                        kwargs.pop("headers", None),
                    ),
                    extensions=extensions,
                    **kwargs,
                )
        except IBLError:
            raise
        except (TypeError, ValueError, httpx.InvalidURL) as exc:
            # httpx refusing a value of the call (a header that is not text, a body json cannot
            # encode, a malformed URL): its message names the kind, never the value.
            raise ConfigurationError(
                f"{operation_id}: a value of this call cannot be sent ({type(exc).__name__}: "
                f"{exc}); check the path, headers, query and body given"
            ) from exc
        _log.request_sent(operation_id, request)
        return request

    @property
    def _auth(self) -> httpx.Auth | None:
        return None if self._config.anonymous else self._config.auth

    @property
    def _pool_settings(self) -> PoolConfig:
        """The proxy routes and TLS context of this client's pool, for connections made beside
        it; the environment's when the caller brought the connections (``transport=``,
        ``http_client=``), as httpx would read them."""
        settings = _POOL_SETTINGS.get(self._http) or resolve_pool(NOT_GIVEN, NOT_GIVEN)
        assert settings is not None  # resolve_pool gives None only for given connections
        return settings

    def _connection_error(
        self, exc: httpx.RequestError, request: httpx.Request, operation_id: str
    ) -> APIConnectionError:
        deadline = self._config.retry.deadline
        return connection_error(
            exc,
            request,
            operation_id=operation_id,
            retries=request.extensions.get(RETRIES_EXTENSION, 0),
            deadline=deadline if DEADLINE_EXTENSION in request.extensions else None,
        )

    def _no_place(
        self, request: httpx.Request, operation_id: str, limit: int
    ) -> APIConnectionError:
        """The error of a call whose deadline ran out while it waited for a place among the
        client's ``max_concurrency`` calls in flight (it was never sent): a pool timeout's,
        caused by one."""
        request.extensions[DEADLINE_EXTENSION] = True
        waited = httpx.PoolTimeout(
            f"no place among the client's max_concurrency={limit} calls in flight before the "
            "deadline",
            request=request,
        )
        error = self._connection_error(waited, request, operation_id)
        error.__cause__ = waited
        return error

    def _finish(
        self, operation: Operation[T], request: httpx.Request, response: httpx.Response
    ) -> Response[T]:
        operation_id = operation.id
        retries: int = request.extensions.get(RETRIES_EXTENSION, 0)
        _log.response_received(operation_id, response, retries)
        parsed: T | None = None
        invalid = None
        if 200 <= response.status_code < 300:  # (httpx's is_success, without two calls)
            # Strict parsing is per client; a lenient client leaves the caller's choice
            # (ibl_client.strict_parsing) in force.
            token = STRICT.set(True) if self._config.strict else None
            try:
                parsed = _decode.parse(response, operation)
            except PARSE_ERRORS as exc:
                # Kept, not raised: the caller of `_detailed` still gets the bytes (unwrap raises).
                invalid = validation_error(
                    exc, response, operation_id=operation_id, retries=retries
                )
                invalid.__cause__ = exc
            finally:
                if token is not None:
                    STRICT.reset(token)
        return Response(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            parsed=parsed,
            retries=retries,
            operation_id=operation_id,
            http_response=response,
            validation_error=invalid,
        )

    def _raw_kwargs(
        self,
        method: str,
        path: str,
        *,
        params: Query | None,
        json: Any,
        data: Mapping[str, Any] | None,
        files: Any,
        content: bytes | None,
        headers: Headers | None,
    ) -> dict[str, Any]:
        """The request arguments of ``request()``, as an operation module would give them."""
        if not isinstance(method, str) or not TOKEN.fullmatch(method):
            raise ConfigurationError(
                f"method: {method!r} is not an HTTP method (a token, such as GET or POST)"
            )
        try:
            url = httpx.URL(path)
        except httpx.InvalidURL as exc:  # its message names the part, not the URL
            raise ConfigurationError(f"path: not a usable URL ({exc})") from None
        if url.is_absolute_url:
            # Credentials go to the configured API only: an absolute URL must be on it.
            base = self._config.base_url + "/"
            if not str(url).startswith(base):
                raise ConfigurationError(
                    f"path: {_log.redact_url(url)!r} is not under base_url "
                    f"{_log.redact_url(self._config.base_url)!r}; pass a path such as /api/..."
                )
            path = str(url)[len(base) :]
        kwargs: dict[str, Any] = {"method": method.upper(), "url": path}
        given = {"params": params, "data": data, "files": files, "content": content}
        kwargs.update({name: value for name, value in given.items() if value is not None})
        if json is not UNSET:
            kwargs["json"] = json
        if headers:
            kwargs["headers"] = dict(headers)
        return kwargs

    @staticmethod
    def _raw_operation(kwargs: Mapping[str, Any]) -> Operation[JSON | bytes]:
        """The descriptor of a ``request()`` call: its body is decoded untyped."""
        return Operation(RAW_OPERATION, kwargs["method"], kwargs["url"], decode)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._config!r})"


class AsyncAPIClient(_BaseClient):
    """The async client without its operation groups (``ibl_client.AsyncClient`` has them).

    >>> async with AsyncClient(api_key="...") as ibl:  # doctest: +SKIP
    ...     data = await ibl.ai_analytics.analytics_time_spent_user_retrieve()

    Every operation is a method of its tag's group (``ibl.<tag>.<operation_id>``, generated
    in ``generated/api/``); the modules' ``asyncio(client=ibl, ...)`` functions work too.

    Configuration (an argument given wins over its variable, which wins over the default; see
    ``_config`` and ``_transports.pool``): ``api_key`` and ``auth_kind`` (or any ``httpx.Auth`` as
    ``auth``), ``base_url``, ``timeout`` (seconds, an ``httpx.Timeout``, or ``None`` for none),
    ``max_retries`` (or a whole ``retry=RetryPolicy(...)``), ``headers``, ``anonymous`` (send no
    credential), ``debug``, ``websocket_url`` (where ``chat`` connects), ``max_concurrency``
    (calls in flight at once, at most; a call holds its slot through its retries), ``hooks``
    (an ``ibl_client.Hooks``: functions called around each call, see ``_hooks.py``), ``proxy`` and
    ``verify`` (else the proxy and CA variables, as httpx reads them). ``backend`` is the
    connection pool: ``"aiohttp"`` (the default where aiohttp is installed:
    ``pip install 'ibl-client[aiohttp]'``) or ``"httpx"`` (httpx's own, the default otherwise).
    ``transport`` is the inner transport our retry transport wraps (it connects as it likes: no
    proxy or CA variable applies); an ``http_client`` is used as is, and not closed by us (it
    retries only if its transport is an ``AsyncRetryTransport``).
    """

    _http: httpx.AsyncClient
    _limit: AsyncConcurrencyLimit | None

    @staticmethod
    def _make_limit(limit: int) -> AsyncConcurrencyLimit:
        return AsyncConcurrencyLimit(limit)

    def __init__(
        self,
        api_key: str | NotGiven | None = NOT_GIVEN,
        *,
        auth_kind: str | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        anonymous: bool | NotGiven = NOT_GIVEN,
        strict: bool | NotGiven = NOT_GIVEN,
        debug: bool | NotGiven = NOT_GIVEN,
        websocket_url: str | NotGiven = NOT_GIVEN,
        max_concurrency: int | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | None = None,
        proxy: ProxyOption | NotGiven = NOT_GIVEN,
        verify: VerifyOption | NotGiven = NOT_GIVEN,
        backend: str | NotGiven = NOT_GIVEN,
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
            strict=strict,
            debug=debug,
            websocket_url=websocket_url,
            max_concurrency=max_concurrency,
            hooks=hooks,
        )
        given = _connections_given(transport, http_client)
        pool = resolve_pool(proxy, verify, given=given)
        chosen = resolve_backend(backend, given=given)
        owns_http = http_client is None
        if http_client is None:
            http_client = async_pool(pool, config.retry, transport, chosen)
            if pool is not None:
                _POOL_SETTINGS[http_client] = pool
        options = {"proxy": proxy, "verify": verify, "backend": backend}
        self._setup(config, http_client, owns_http, None if given else _given(options))

    async def _send(
        self,
        operation: Operation[T],
        request_kwargs: Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Send one operation's request; never raises for a status (see ``Response.unwrap``)."""
        operation_id = operation.id
        request = self._build_request(
            operation, request_kwargs, extra_query, extra_headers, extra_body, timeout
        )
        if self._http.is_closed:  # else the short way would quietly open the pool again
            raise closed_error(request, operation_id=operation_id)
        hooks = self._hooks  # None unless set: then a call record fires them
        call = None if hooks is None else AsyncCall(hooks, operation, request)
        if call is not None:
            await call.requested()
        auth = self._auth
        limit = self._limit
        if limit is not None and not await limit.acquire(time_left(self._config.retry, request)):
            late = self._no_place(request, operation_id, limit.limit)
            if call is not None:
                await call.failed(late)
            raise late
        try:
            if self._prepared.short_way(auth):
                response = await direct.send_async(self._http, request)
            else:
                response = await self._http.send(request, auth=auth)
        except (httpx.RequestError, RuntimeError) as exc:
            # RuntimeError: a pool of a closed or another event loop (http_client=)
            error: IBLError = (
                self._connection_error(exc, request, operation_id)
                if isinstance(exc, httpx.RequestError)
                else loop_error(exc, request, operation_id=operation_id)
            )
            if call is not None:
                await call.failed(error)
            raise error from exc
        finally:
            if limit is not None:
                limit.release()
        result = self._finish(operation, request, response)
        if call is not None:
            await call.answered(result.status_code)
        return result

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Query | None = None,
        json: Any = UNSET,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> JSON | bytes:
        """Send any request through this client: its base URL, credential, timeouts,
        retries, typed errors and redaction, as an operation would; return the decoded body.

        For what the SDK does not have yet (an operation newer than its description):

        >>> await ibl.request("GET", "/api/some/new/endpoint/", params={"q": 1})  # doctest: +SKIP

        ``path`` is relative to ``base_url`` (an absolute URL must be under it). ``json``,
        ``data`` (a form), ``files`` (multipart) and ``content`` (raw bytes) are the body, as
        in httpx. The body is decoded as an untyped answer: None when empty, the JSON value,
        the text, or the bytes. A status >= 400 raises its ``APIStatusError``.
        """
        kwargs = self._raw_kwargs(
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            content=content,
            headers=headers,
        )
        response: Response[JSON | bytes] = await self._send(
            self._raw_operation(kwargs), kwargs, timeout=timeout
        )
        return response.unwrap()

    @cached_property
    def chat(self) -> AsyncChat:
        """Chat with a mentor, the answer streamed over a WebSocket (``ibl_client.chat``)."""
        from .chat import AsyncChat

        return AsyncChat(self)

    def stream(
        self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> AsyncStreamedResponse:
        """An operation's answer unread, for a body too large to hold (ibl_client/_streaming.py).

        >>> download = ibl.reports.reports_platforms_download_retrieve
        >>> async with ibl.stream(download, "acme", "r1") as answer:  # doctest: +SKIP
        ...     await answer.save("report.csv")

        ``operation`` is a group method (or a generated module's function); the arguments are
        the operation's own, extras and ``timeout`` included.
        """
        described, request_kwargs, extras = request_of(operation, args, kwargs)
        operation_id = described.id
        request = self._build_request(described, request_kwargs, **extras)
        limit = self._limit  # a streamed answer holds its place until it is closed
        policy = self._config.retry

        async def open_() -> httpx.Response:
            if limit is not None and not await limit.acquire(time_left(policy, request)):
                raise self._no_place(request, operation_id, limit.limit)
            try:
                response = await self._http.send(request, auth=self._auth, stream=True)
            except BaseException as exc:
                if limit is not None:
                    limit.release()
                if isinstance(exc, httpx.RequestError):
                    raise self._connection_error(exc, request, operation_id) from exc
                raise
            return response

        release = None if limit is None else limit.release
        return AsyncStreamedResponse(self._connection_error, operation_id, open_, release)

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


class SyncAPIClient(_BaseClient):
    """The sync client without its operation groups (``ibl_client.Client`` has them): the twin
    of :class:`AsyncAPIClient`, same arguments, same behaviour.

    >>> with Client(api_key="...") as ibl:  # doctest: +SKIP
    ...     data = ibl.ai_analytics.analytics_time_spent_user_retrieve()
    """

    _http: httpx.Client
    _limit: ConcurrencyLimit | None

    @staticmethod
    def _make_limit(limit: int) -> ConcurrencyLimit:
        return ConcurrencyLimit(limit)

    def __init__(
        self,
        api_key: str | NotGiven | None = NOT_GIVEN,
        *,
        auth_kind: str | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
        anonymous: bool | NotGiven = NOT_GIVEN,
        strict: bool | NotGiven = NOT_GIVEN,
        debug: bool | NotGiven = NOT_GIVEN,
        websocket_url: str | NotGiven = NOT_GIVEN,
        max_concurrency: int | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | None = None,
        proxy: ProxyOption | NotGiven = NOT_GIVEN,
        verify: VerifyOption | NotGiven = NOT_GIVEN,
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
            strict=strict,
            debug=debug,
            websocket_url=websocket_url,
            max_concurrency=max_concurrency,
            hooks=hooks,
        )
        given = _connections_given(transport, http_client)
        pool = resolve_pool(proxy, verify, given=given)
        owns_http = http_client is None
        if http_client is None:
            http_client = sync_pool(pool, config.retry, transport)
            if pool is not None:
                _POOL_SETTINGS[http_client] = pool
        options = {"proxy": proxy, "verify": verify}
        self._setup(config, http_client, owns_http, None if given else _given(options))

    def _send(
        self,
        operation: Operation[T],
        request_kwargs: Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Response[T]:
        """Send one operation's request; never raises for a status (see ``Response.unwrap``)."""
        operation_id = operation.id
        request = self._build_request(
            operation, request_kwargs, extra_query, extra_headers, extra_body, timeout
        )
        if self._http.is_closed:  # else the short way would quietly open the pool again
            raise closed_error(request, operation_id=operation_id)
        hooks = self._hooks  # None unless set: then a call record fires them
        call = None if hooks is None else Call(hooks, operation, request)
        if call is not None:
            call.requested()
        auth = self._auth
        limit = self._limit
        if limit is not None and not limit.acquire(time_left(self._config.retry, request)):
            late = self._no_place(request, operation_id, limit.limit)
            if call is not None:
                call.failed(late)
            raise late
        try:
            if self._prepared.short_way(auth):
                response = direct.send(self._http, request)
            else:
                response = self._http.send(request, auth=auth)
        except httpx.RequestError as exc:
            error = self._connection_error(exc, request, operation_id)
            if call is not None:
                call.failed(error)
            raise error from exc
        finally:
            if limit is not None:
                limit.release()
        result = self._finish(operation, request, response)
        if call is not None:
            call.answered(result.status_code)
        return result

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Query | None = None,
        json: Any = UNSET,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        headers: Headers | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> JSON | bytes:
        """See `AsyncClient.request`."""
        kwargs = self._raw_kwargs(
            method,
            path,
            params=params,
            json=json,
            data=data,
            files=files,
            content=content,
            headers=headers,
        )
        response: Response[JSON | bytes] = self._send(
            self._raw_operation(kwargs), kwargs, timeout=timeout
        )
        return response.unwrap()

    @cached_property
    def chat(self) -> Chat:
        """Chat with a mentor (``ibl_client.chat``); the sync twin of ``AsyncClient.chat``."""
        from .chat import Chat

        return Chat(self)

    def stream(
        self, operation: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> StreamedResponse:
        """See `AsyncClient.stream`: ``with ibl.stream(...) as answer: answer.save(path)``."""
        described, request_kwargs, extras = request_of(operation, args, kwargs)
        operation_id = described.id
        request = self._build_request(described, request_kwargs, **extras)
        limit = self._limit  # a streamed answer holds its place until it is closed
        policy = self._config.retry

        def open_() -> httpx.Response:
            if limit is not None and not limit.acquire(time_left(policy, request)):
                raise self._no_place(request, operation_id, limit.limit)
            try:
                response = self._http.send(request, auth=self._auth, stream=True)
            except BaseException as exc:
                if limit is not None:
                    limit.release()
                if isinstance(exc, httpx.RequestError):
                    raise self._connection_error(exc, request, operation_id) from exc
                raise
            return response

        release = None if limit is None else limit.release
        return StreamedResponse(self._connection_error, operation_id, open_, release)

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
