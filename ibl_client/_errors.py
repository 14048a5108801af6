"""Every error the SDK raises on purpose, and the one place request errors are built. The tree
is the documentation:

IBLError
 ├── ConfigurationError ············· a bad client argument or IBL_* variable (also a ValueError)
 ├── RequestValidationError ········· a body given as a mapping that does not fit (also a TypeError)
 ├── WaitTimeoutError ··············· a waiter's deadline passed first (also a TimeoutError)
 ├── TaskFailedError ················ a waited-for task or document reported failure
 └── APIError ······················· one request went wrong: operation_id, method, url, retries
      ├── ClientClosedError ········· not sent: the client (its pool) was closed
      ├── APIConnectionError ········ no usable answer: refused, reset, DNS, TLS, many redirects
      │    ├── APITimeoutError ······ connect, read, write or pool timeout
      │    └── ChatStreamError ······ a chat answer cut short; ``received`` is the text so far
      │         ├── ChatClosedError · the server closed the WebSocket before the end of the answer
      │         └── ChatTimeoutError  no message within the receive timeout (also APITimeoutError)
      ├── ResponseValidationError ··· a 2xx body that does not fit the declared model
      └── APIStatusError ············ the server answered >= 400 (raised by ``Response.unwrap()``)
           ├── BadRequestError ······ 400
           ├── AuthenticationError ·· 401
           ├── PermissionDeniedError  403
           ├── NotFoundError ········ 404
           ├── ConflictError ········ 409
           ├── UnprocessableEntityError 422
           ├── RateLimitError ······· 429
           └── ServerError ·········· 5xx

Any other status >= 400 raises ``APIStatusError`` itself; a chat the server refuses raises
``AuthenticationError`` or ``PermissionDeniedError`` too (``ibl_client.chat``). Errors that
reached the server carry the operation id, method, credential-free URL and the number of
retries taken; status errors also carry the parsed body, headers and request id. Messages
never contain a secret.
`connection_error`, `validation_error` and `status_error` build them (the clients and
``Response.unwrap()`` call these), so every message is worded here. `FieldError` (a
``TypeError``, outside the tree) names the path of a value that does not fit its model: the
parsers raise it (``_validation.py``) and it becomes the ``error`` of the two validation errors.
"""

from __future__ import annotations

import re

import httpx

from . import _log
from ._body import JSON, decode

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ChatClosedError",
    "ChatStreamError",
    "ChatTimeoutError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "IBLError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "TaskFailedError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
_REQUEST_ID_NAMES = tuple((name, name.encode("ascii")) for name in REQUEST_ID_HEADERS)
_REQUEST_ID_RAW = frozenset(raw for _, raw in _REQUEST_ID_NAMES)


def request_id_from(headers: httpx.Headers) -> str | None:
    """The server's id for the request, from the first of ``REQUEST_ID_HEADERS`` present.

    The names present are listed once, as the bytes they came as, rather than searched for
    one by one (each ``in`` on ``httpx.Headers`` decodes them all again; every response does
    this, in ``Response``); the value is then httpx's (decoded, repeated lines joined)."""
    present = {name.lower() for name, _ in headers.raw}
    if present.isdisjoint(_REQUEST_ID_RAW):  # (most answers: one look more is saved)
        return None
    return next(headers[name] for name, raw in _REQUEST_ID_NAMES if raw in present)


class IBLError(Exception):
    """Base class of every error raised by ``ibl_client``."""

    #: Set by a pager (``ibl_client.paginate``, ``<operation>_iter``) on the error of the page
    #: that failed: its number, or its offset for limit/offset operations; else None.
    page: int | None = None
    offset: int | None = None


class ConfigurationError(IBLError, ValueError):
    """A client argument or ``IBL_*`` environment variable is invalid; the message names it."""


class RequestValidationError(IBLError, TypeError):
    """A body given as a mapping does not fit the operation's request model; nothing was sent.

    ``path`` names the value (``owner.email``; ``body`` for the body itself).
    """

    def __init__(self, message: str, *, operation_id: str, path: str) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.path = path


class WaitTimeoutError(IBLError, TimeoutError):
    """A waiter (``ibl_client.workflows``) polled until its deadline and the condition never
    held: ``what`` was waited for, ``polls`` made, ``waited`` seconds (by the waiter's clock),
    and ``last``, the last value polled (None if no poll finished)."""

    def __init__(self, message: str, *, what: str, polls: int, waited: float, last: object) -> None:
        super().__init__(message)
        self.what = what
        self.polls = polls
        self.waited = waited
        self.last = last


class TaskFailedError(IBLError):
    """What a waiter polled reports failure (a task's ``Failed`` status, a document whose
    training failed): ``status`` is what it said, ``last`` the value polled."""

    def __init__(self, message: str, *, what: str, status: str, last: object) -> None:
        super().__init__(message)
        self.what = what
        self.status = status
        self.last = last


class APIError(IBLError):
    """One request went wrong: its ``operation_id``, ``method``, credential-free ``url`` and the
    ``retries`` taken. Catch it for any failure of a call (not a configuration error)."""

    def __init__(
        self, message: str, *, operation_id: str, method: str, url: str, retries: int
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.method = method
        self.url = url  # already redacted
        self.retries = retries


class ClientClosedError(APIError):
    """The request was not sent: the client's connection pool is closed (``aclose()``,
    ``close()``, or the end of its ``async with``/``with`` block; a client derived with
    ``with_options`` shares its parent's). The message says what to do."""


class APIConnectionError(APIError):
    """The request got no HTTP answer. ``__cause__`` is the underlying httpx exception."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (after any retries)."""


class ChatStreamError(APIConnectionError):
    """A chat answer ended before the server said it was complete (``ibl_client.chat``):
    ``received`` holds the text that arrived before."""

    def __init__(
        self, message: str, *, operation_id: str, method: str, url: str, received: str
    ) -> None:
        super().__init__(message, operation_id=operation_id, method=method, url=url, retries=0)
        self.received = received


class ChatClosedError(ChatStreamError):
    """The server closed the WebSocket in the middle of an answer."""


class ChatTimeoutError(ChatStreamError, APITimeoutError):
    """No message came within the chat's receive timeout."""


class ResponseValidationError(APIError):
    """A successful response whose body could not be parsed into the declared model.

    ``path`` names the value that does not fit (``results[3].owner``; ``body`` for the body
    itself; None when the body is not even JSON), ``content`` keeps the raw body, ``error``
    (and ``__cause__``) the parser's exception.
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        method: str,
        url: str,
        retries: int,
        status_code: int,
        content: bytes,
        error: Exception,
        path: str | None = None,
    ) -> None:
        super().__init__(
            message, operation_id=operation_id, method=method, url=url, retries=retries
        )
        self.status_code = status_code
        self.content = content
        self.error = error
        self.path = path


class APIStatusError(APIError):
    """The server answered with a status >= 400.

    ``body`` is the decoded body (the JSON value, else the text, else the bytes; ``None`` when
    empty: ``ibl_client/_body.py``); ``response`` is the raw ``httpx.Response`` for anything else.
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        retries: int,
        response: httpx.Response,
        body: JSON | bytes,
    ) -> None:
        super().__init__(
            message,
            operation_id=operation_id,
            method=response.request.method,
            url=_log.redact_url(response.request.url),
            retries=retries,
        )
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.headers: httpx.Headers = httpx.Headers(_log.redact_headers(response.headers))
        self.request_id: str | None = request_id_from(response.headers)


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credential is valid but may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or not visible to this credential)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: too many requests; see ``headers["retry-after"]``."""


class ServerError(APIStatusError):
    """5xx: the server failed; usually worth retrying later."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def connection_error(
    exc: httpx.RequestError,
    request: httpx.Request,
    *,
    operation_id: str,
    retries: int,
    deadline: float | None = None,
) -> APIConnectionError:
    """The error for a request that got no HTTP answer (raise it ``from exc``); ``deadline``
    when the retry policy's deadline ended the call."""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    url = _log.redact_url(request.url)
    what = "timed out" if cls is APITimeoutError else "failed"
    detail = f"{type(exc).__name__}: {str(exc) or 'no detail'}"
    message = f"{operation_id}: {request.method} {url} {what} ({detail})"
    if retries:
        message += f" after {retries} retries"
    if deadline is not None and cls is APITimeoutError:
        message += f" (deadline {deadline:g}s)"
    return cls(message, operation_id=operation_id, method=request.method, url=url, retries=retries)


def closed_error(request: httpx.Request, *, operation_id: str) -> ClientClosedError:
    """The error for a call on a closed client."""
    url = _log.redact_url(request.url)
    return ClientClosedError(
        f"{operation_id}: {request.method} {url} not sent: the client was closed (by aclose(), "
        "close() or the end of its with block); make the client once and close it when the "
        "application stops, or make a new one",
        operation_id=operation_id,
        method=request.method,
        url=url,
        retries=0,
    )


def loop_error(
    exc: RuntimeError, request: httpx.Request, *, operation_id: str
) -> APIConnectionError:
    """The error for a pool that cannot run in this event loop (a closed loop, another loop's
    pool): an ``http_client=`` made in another loop (the client's own pools follow the loop)."""
    url = _log.redact_url(request.url)
    return APIConnectionError(
        f"{operation_id}: {request.method} {url} failed (RuntimeError: {exc}): the connection "
        "pool belongs to another event loop; make the http_client= inside the loop that uses "
        "it, or let the client make its own pool (one per loop)",
        operation_id=operation_id,
        method=request.method,
        url=url,
        retries=0,
    )


Path = tuple[str | int, ...]


class FieldError(TypeError):
    """A value that does not fit its model: where it is, what was expected, what came.

    A ``TypeError``, so code that caught the generated parsers' errors before still does.
    """

    def __init__(self, path: Path | str, expected: str, value: object = None) -> None:
        self.path: Path = (path,) if isinstance(path, str) else path
        self.expected = expected
        self.value = value
        super().__init__(str(self))

    @property
    def location(self) -> str:
        """The path as text: ``results[3].owner``; ``body`` for the root itself."""
        text = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in self.path)
        return text.lstrip(".") or "body"

    def __str__(self) -> str:
        if self.expected == _MISSING:
            return f"{self.location}: required field missing"
        got = "null" if self.value is None else type(self.value).__name__
        names = [segment for segment in self.path if isinstance(segment, str)]
        if self.value is not None and names and _log.secret_name(names[-1]):  # never shown
            return f"{self.location}: expected {self.expected}, got {got} {_log.REDACTED}"
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        detail = "" if self.value is None else f" {shown}"
        return f"{self.location}: expected {self.expected}, got {got}{detail}"


_MISSING = "<missing>"


#: How the generator names a whole response body: ``response_200``, ``response_2XX``.
_ROOT_NAME = re.compile(r"response_(\d{3}|\dXX|default)")


def from_root(error: FieldError) -> FieldError:
    """``error`` with its path from the body's root: without the generator's name for it."""
    head = error.path[:1]
    if head and isinstance(head[0], str) and _ROOT_NAME.fullmatch(head[0]):
        return FieldError(error.path[1:], error.expected, error.value)
    return error


def validation_error(
    exc: Exception,
    response: httpx.Response,
    *,
    operation_id: str,
    retries: int,
) -> ResponseValidationError:
    """The error for a 2xx body that its parser refused (raise it ``from exc``); a value that
    does not fit is named by its path from the body's root (ibl_client/_validation.py)."""
    # The request that got this body: after a redirect, not the one first sent (a 303 turns a
    # POST into a GET), so the method and the URL are both the answered request's.
    answered = response.request
    url = _log.redact_url(answered.url)
    path = None
    if isinstance(exc, FieldError):
        exc = from_root(exc)
        path = exc.location
        problem = f"at {exc}"
    else:
        problem = f"({type(exc).__name__}: {exc})"
    return ResponseValidationError(
        f"{operation_id}: the {response.status_code} response to {answered.method} {url} "
        f"does not match its declared schema {problem}",
        operation_id=operation_id,
        method=answered.method,
        url=url,
        retries=retries,
        status_code=response.status_code,
        content=response.content,
        error=exc,
        path=path,
    )


def status_error(response: httpx.Response, *, operation_id: str, retries: int) -> APIStatusError:
    """The typed error for a response with status >= 400."""
    status = response.status_code
    cls = ServerError if status >= 500 else _BY_STATUS.get(status, APIStatusError)
    body = decode(response)
    message = (
        f"{operation_id}: {status} {response.reason_phrase} from {response.request.method} "
        f"{_log.redact_url(response.request.url)}"
    )
    detail = _detail(body)
    if detail:
        message += f": {detail}"
    if retries:
        message += f" (after {retries} retries)"
    return cls(message, operation_id=operation_id, retries=retries, response=response, body=body)


def _detail(body: JSON | bytes, limit: int = 300) -> str:
    """DRF puts the human message in ``detail``; fall back to a short excerpt of the body."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        text = detail
    elif body is None:
        return ""
    else:
        text = body if isinstance(body, str) else repr(body)
    return text if len(text) <= limit else text[:limit] + "…"
