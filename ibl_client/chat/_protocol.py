"""The mentor chat protocol, without I/O: what is sent, how each message back is read, and the
error each way of ending badly raises. Both chat twins (``_chat.py``) drive it.

The protocol, as the official client speaks it: the client opens ``<base>/ws/langflow/`` and
sends one JSON message, ``{"flow": {"name", "tenant", "username", "pathway"}, "session_id",
"token", "prompt"}`` (and ``"page_content"`` when given). The server's first message is a
status: ``{"detail": "connected"}``, anything else is a refusal. Then ``{"data": "<text>"}``
messages, until ``{"eos": true}``.

The token travels inside that first message only; it is never logged, and a refusal that
echoes it has it replaced before it reaches an error.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .. import _log
from .._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ChatClosedError,
    ChatStreamError,
    ChatTimeoutError,
    ConfigurationError,
    status_error,
)
from .._transports.pool import PoolConfig

OPERATION_ID = "chat"
PATH = "/ws/langflow/"
CONNECTED = "connected"
#: Seconds to wait for each message of an answer (the official client waits 10).
DEFAULT_RECEIVE_TIMEOUT = 30.0
#: A refusal whose text says one of these is about the credential (401), else about access (403).
_ABOUT_CREDENTIAL = re.compile(r"auth|token|credential|log ?in|sign(ed)? ?in|expired", re.I)

E = TypeVar("E", bound=ChatStreamError)
logger = logging.getLogger(_log.logger.name + ".chat")


class _QuietFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The logger the WebSocket library gets: its debug records show every frame, the first
    one (with the token) included, so it never sees debug enabled; its other records pass."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


#: What the WebSocket library logs through.
library_logger = _QuietFrames(logging.getLogger(_log.logger.name + ".chat.websocket"), {})


def token_of(auth: httpx.Auth | None) -> str:
    """The credential the client's auth sends, as the chat's ``token`` field carries it."""
    if auth is not None:
        request = httpx.Request("GET", "https://token.invalid/")
        try:
            signed = next(auth.sync_auth_flow(request))
        except (StopIteration, RuntimeError, NotImplementedError):
            signed = request
        token: str = signed.headers.get("Authorization", "").partition(" ")[2]
        if token:
            return token
    raise ConfigurationError(
        "chat: the client has no token to chat with; pass api_key=... (the chat sends the key "
        "itself, so an anonymous client, or an auth that sets no Authorization, cannot chat)"
    )


def websocket_url(base: str) -> str:
    return base.rstrip("/") + PATH


def proxy_for(url: str, settings: PoolConfig) -> httpx.Proxy | None:
    """The proxy an HTTP request to ``url``'s host would take (``ws`` as ``http``)."""
    target = httpx.URL(url)
    target = target.copy_with(scheme="https" if target.scheme == "wss" else "http")
    routes = settings.routes
    try:
        # What httpx's own mounts match a URL against routes with ("all://",
        # "https://*.example.com"), so the WebSocket takes the route an HTTP request to the
        # same host would; pool.py reads the proxy variables from this module too.
        from httpx._utils import URLPattern
    except ImportError:  # pragma: no cover - httpx moved it: the scheme-wide routes still match
        return routes.get(f"{target.scheme}://", routes.get("all://"))
    for pattern in sorted(URLPattern(p) for p in routes):
        if pattern.matches(target):
            return routes[pattern.pattern]
    return None


def proxy_url(proxy: httpx.Proxy) -> str:
    """The proxy as a URL the WebSocket library reads, its credentials put back in."""
    url = proxy.url
    if proxy.raw_auth is not None:
        username, password = proxy.raw_auth
        url = url.copy_with(username=username.decode(), password=password.decode())
    return str(url)


@attrs.frozen
class Question:
    """One prompt to one mentor, in one session."""

    prompt: str
    mentor: str
    tenant: str
    username: str
    session_id: str
    page_content: str | None = None

    def message(self, token: str) -> str:
        flow = {
            "name": self.mentor,
            "tenant": self.tenant,
            "username": self.username,
            "pathway": self.mentor,
        }
        body: dict[str, Any] = {
            "flow": flow,
            "session_id": self.session_id,
            "token": token,
            "prompt": self.prompt,
        }
        if self.page_content is not None:
            body["page_content"] = self.page_content
        return json.dumps(body)


def check_arguments(**values: object) -> None:
    for name, value in values.items():
        if not isinstance(value, str) or not value:
            raise ConfigurationError(f"{name}: expected a non-empty string, got {value!r}")


class Conversation:
    """Reads one answer's messages; knows the text received so far for the errors."""

    def __init__(self, url: str, token: str) -> None:
        self.url = _log.redact_url(url)
        self._token = token
        self.received: list[str] = []
        self.connected = False
        self.finished = False

    def status(self, raw: str | bytes) -> None:
        """The server's first message: ``connected``, else the refusal's typed error."""
        message = self._decode(raw)
        if isinstance(message, dict) and message.get("detail") == CONNECTED:
            self.connected = True
            logger.debug("%s: connected to %s", OPERATION_ID, self.url)
            return
        raise self.refused(message)

    def chunk(self, raw: str | bytes) -> str | None:
        """The text of one answer message (None: nothing to show); marks the end on ``eos``."""
        message = self._decode(raw)
        if not isinstance(message, dict):
            raise self._cut(ChatStreamError, f"an unexpected message {self._scrub(repr(message))}")
        if message.get("eos"):
            self.finished = True
            logger.debug("%s: answer complete (%d chunks)", OPERATION_ID, len(self.received))
        data = message.get("data")
        if isinstance(data, str) and data:
            self.received.append(data)
            return data
        return None

    def _decode(self, raw: str | bytes) -> Any:
        try:
            return json.loads(raw)
        except ValueError:
            text = raw.decode(errors="replace") if isinstance(raw, bytes) else raw
            problem = f"a message that is not JSON: {self._scrub(text)!r}"
            raise self._cut(ChatStreamError, problem) from None

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, _log.REDACTED)[:300]

    def refused(self, message: Any) -> APIStatusError:
        """A status other than ``connected``: 401 when it speaks of the credential, else 403."""
        text = self._scrub(json.dumps(message) if not isinstance(message, str) else message)
        status = 401 if _ABOUT_CREDENTIAL.search(text) else 403
        return self.rejected(status, text.encode())

    def rejected(self, status: int, body: bytes) -> APIStatusError:
        """The typed error of a refused chat: an HTTP status of the handshake, or a refusal."""
        request = httpx.Request("GET", self.url)
        response = httpx.Response(
            status,
            content=self._scrub(body.decode(errors="replace")).encode(),
            headers={"Content-Type": "application/json"},
            request=request,
        )
        return status_error(response, operation_id=OPERATION_ID, retries=0)

    def timed_out(self, seconds: float) -> ChatTimeoutError:
        return self._cut(ChatTimeoutError, f"no message within {seconds:g}s")

    def closed(self, frame: Any) -> ChatClosedError:
        """The connection closed; ``frame`` is the server's close frame (None: none came)."""
        if frame is None:
            return self._cut(ChatClosedError, "the connection closed without a close frame")
        detail = f"the server closed the connection (code {frame.code}"
        detail += f", {self._scrub(frame.reason)!r})" if frame.reason else ")"
        return self._cut(ChatClosedError, detail)

    def not_opened(self, exc: BaseException) -> APIError:
        """The error of a connection that did not open: the handshake's HTTP status (the
        library's ``InvalidStatus`` carries the response), else a connection error."""
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
        if isinstance(status, int):
            return self.rejected(status, getattr(response, "body", None) or b"")
        return self.unreachable(exc)

    def unreachable(self, exc: BaseException) -> APIConnectionError:
        timeout = isinstance(exc, (TimeoutError, asyncio.TimeoutError))
        cls = APITimeoutError if timeout else APIConnectionError
        detail = self._scrub(f"{type(exc).__name__}: {exc or 'no detail'}")
        return cls(
            f"{OPERATION_ID}: cannot open {self.url} ({detail})",
            operation_id=OPERATION_ID,
            method="GET",
            url=self.url,
            retries=0,
        )

    def _cut(self, cls: type[E], detail: str) -> E:
        received = "".join(self.received)
        where = "the answer" if self.connected else "the status"
        return cls(
            f"{OPERATION_ID}: {where} from {self.url} ended early: {detail}; "
            f"{len(received)} characters received",
            operation_id=OPERATION_ID,
            method="GET",
            url=self.url,
            received=received,
        )


def connect_options(url: str, settings: PoolConfig, user_agent: str) -> Mapping[str, Any]:
    """The WebSocket library's options for ``url``: the client's proxy route and TLS context."""
    proxy = proxy_for(url, settings)
    options: dict[str, Any] = {
        "proxy": None if proxy is None else proxy_url(proxy),
        "user_agent_header": user_agent,
        "logger": library_logger,
    }
    if url.startswith("wss:"):
        options["ssl"] = settings.ssl_context
    if proxy is not None and proxy.url.scheme == "https":
        options["proxy_ssl"] = proxy.ssl_context or settings.ssl_context
    return options
