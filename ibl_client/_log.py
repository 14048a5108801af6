"""Logging for the ``ibl_client`` logger, with secrets redacted before anything is written.

Nothing here configures the root logger. ``IBL_DEBUG=1`` (or ``debug=True``) only lowers the
level of the ``ibl_client`` logger and, if the application configured no handler that would
write its records, gives it one on stderr (which steps aside once the application has one).

Every URL and header that reaches a log line, a ``repr()`` or an exception message goes through
:func:`redact_url` / :func:`redact_headers` first, so a secret cannot leak by way of a new
log statement that forgot to ask; headers that carry URLs (``Location``, ``Content-Location``,
``Link``) have those URLs redacted too. httpx, httpcore and hpack log as well (URLs with their
query, raw response headers with ``Set-Cookie`` or a redirect's ``Location``) when an
application turns their loggers up, so importing ``ibl_client`` adds a filter to those loggers
that redacts each record's text (:func:`redact_text`); it changes no level and no handler.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping

import httpx

# The package name, so a vendored copy (scripts/vendor) logs under its own name.
logger = logging.getLogger(__name__.rpartition(".")[0])

REDACTED = "REDACTED"
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-csrftoken"}
)
SECRET_PARAMS = frozenset(
    {"api_key", "apikey", "key", "token", "access_token", "refresh_token", "secret", "password"}
)


def secret_name(name: str) -> bool:
    """Whether a field called ``name`` holds a credential: one of ``SECRET_PARAMS``, or a name
    ending in one (``new_password``, ``client_secret``; not ``platform_key``)."""
    name = name.lower()
    return name in SECRET_PARAMS or any(
        name.endswith(f"_{secret}") for secret in SECRET_PARAMS if secret != "key"
    )


#: Headers whose value holds URLs, redacted like any URL.
URL_HEADERS = frozenset({"location", "content-location", "link"})


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text, with user info and secret query parameters replaced.

    >>> redact_url("https://u:p@h.example/x?token=abc&page=2")
    'https://REDACTED@h.example/x?token=REDACTED&page=2'
    """
    url = httpx.URL(url)
    if url.userinfo:
        url = url.copy_with(username=REDACTED, password=None)
    if any(name.lower() in SECRET_PARAMS for name in url.params):
        params = [
            (name, REDACTED if name.lower() in SECRET_PARAMS else value)
            for name, value in url.params.multi_items()
        ]
        url = url.copy_with(params=params)
    return str(url)


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """A plain copy of ``headers`` with credentials and cookies replaced, and URLs redacted."""
    headers = httpx.Headers(headers)
    items = [(k.decode(headers.encoding), v.decode(headers.encoding)) for k, v in headers.raw]
    return {name: _redact_header(name, value) for name, value in items}


def _redact_header(name: str, value: str) -> str:
    if name.lower() in SECRET_HEADERS:
        return REDACTED
    if name.lower() in URL_HEADERS:
        return redact_text(value)
    return value


_SECRET_PARAM = re.compile(
    rf"""(?<=[?&;])({"|".join(map(re.escape, SECRET_PARAMS))})=[^&#;\s'"<>]*""", re.IGNORECASE
)
_USERINFO = re.compile(r"""(?<=//)[^/?#@\s'"<>]+@""")


def redact_text(text: str) -> str:
    """``text`` with the user info and secret query parameters of any URL in it replaced.

    For text that is not one URL: a ``Link`` header, a log line with URLs anywhere in it.

    >>> redact_text('<https://u:p@h.example/x?page=2&token=abc>; rel="next"')
    '<https://REDACTED@h.example/x?page=2&token=REDACTED>; rel="next"'
    """
    return _USERINFO.sub(f"{REDACTED}@", _SECRET_PARAM.sub(rf"\1={REDACTED}", text))


def enable_debug() -> None:
    """Turn the ``ibl_client`` logger to DEBUG; idempotent, leaves other loggers alone.

    Its records reach stderr through our handler only while the application has configured no
    handler of its own on the way (``logging.basicConfig``, a handler on ``ibl_client`` or an
    ancestor), before or after this call: each record is written once, by the application's
    handlers where it has any.
    """
    logger.setLevel(logging.DEBUG)
    if not logger.hasHandlers():
        handler = _StderrUntilConfigured(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class _StderrUntilConfigured(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes a record only if no other handler would: the application may configure logging
    after the client was made with ``debug=True``."""

    def handle(self, record: logging.LogRecord) -> bool:
        source: logging.Logger | None = logger
        while source is not None:
            if any(handler is not self for handler in source.handlers):
                return False
            source = source.parent if source.propagate else None
        return bool(super().handle(record))


_NAMES = "|".join(SECRET_HEADERS)
_HEADER_BYTES = re.compile(rf"""(\(b['"](?:{_NAMES})['"], )b(['"]).*?\2\)""", re.IGNORECASE)
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack.hpack",  # HTTP/2 header decoding, when httpx runs with http2=True
)


class _RedactThirdParty(logging.Filter):
    """Redacts a record's whole text: httpx's request lines, httpcore's traces (raw header
    tuples, among them a redirect's ``Location``), hpack's decoded headers."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = redact_text(_HEADER_BYTES.sub(rf"\1b'{REDACTED}')", text))
        if clean != text:
            record.msg, record.args = clean, ()
        return True


def _protect_third_party_loggers() -> None:
    for name in _THIRD_PARTY_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, _RedactThirdParty) for f in target.filters):
            target.addFilter(_RedactThirdParty())


_protect_third_party_loggers()


# Hooks the core calls. Kept here so the request path has one line per event, not a
# formatting block, and so redaction cannot be skipped.


def request_sent(operation_id: str, request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s: %s %s", operation_id, request.method, redact_url(request.url))


def response_received(operation_id: str, response: httpx.Response, retries: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s: %s %s -> %d in %.3fs (retries=%d) request headers=%s response headers=%s",
            operation_id,
            response.request.method,
            redact_url(response.request.url),
            response.status_code,
            response.elapsed.total_seconds(),
            retries,
            redact_headers(response.request.headers),  # as sent: after auth, after redirects
            redact_headers(response.headers),
        )


def retrying(request: httpx.Request, retry: int, of: int, delay: float, reason: str) -> None:
    logger.info(
        "Retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        redact_url(request.url),
        delay,
        retry,
        of,
        reason,
    )


def held_at_gate(request: httpx.Request, delay: float) -> None:
    logger.info(
        "Holding %s %s %.2fs: the server asked this client to wait (rate gate)",
        request.method,
        redact_url(request.url),
        delay,
    )


def not_retrying(request: httpx.Request, reason: str) -> None:
    logger.warning("Not retrying %s %s: %s", request.method, redact_url(request.url), reason)
