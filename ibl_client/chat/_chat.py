"""``ibl.chat``: ask a mentor, the answer streamed over a WebSocket (``_protocol.py`` speaks it).

The connection is made by the ``websockets`` library (``pip install 'ibl-client[websockets]'``),
through the client's proxy route and with its TLS context, to the client's ``websocket_url``
(``IBL_WEBSOCKET_URL``, default ``wss://asgi.data.iblai.app``). A session is opened with the
typed sessions operation when none is given, through the client's own request path.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Any

from .._errors import ConfigurationError
from ._protocol import (
    DEFAULT_RECEIVE_TIMEOUT,
    Conversation,
    Question,
    check_arguments,
    connect_options,
    token_of,
    websocket_url,
)

if TYPE_CHECKING:
    from .. import AsyncClient, Client
    from .._client import AsyncAPIClient, SyncAPIClient, _BaseClient

__all__ = ["AsyncChat", "Chat"]

_EXTRA = "pip install 'ibl-client[websockets]'"


def _check_timeout(seconds: float | None) -> float | None:
    if seconds is not None and (
        isinstance(seconds, bool)
        or not isinstance(seconds, (int, float))
        or not (seconds > 0 and math.isfinite(seconds))
    ):
        raise ConfigurationError(f"receive_timeout: expected seconds > 0 or None, got {seconds!r}")
    return seconds


def _library() -> Any:
    try:
        import websockets
    except ImportError:  # pragma: no cover - the extra is part of dev
        raise ConfigurationError(f"chat: needs the websockets package; {_EXTRA}") from None
    return websockets


class _Chat:
    """What both twins hold: the client, the URL, the token, the receive timeout."""

    def __init__(self, ibl: _BaseClient, *, receive_timeout: float | None) -> None:
        self._ibl = ibl
        self.receive_timeout = _check_timeout(receive_timeout)
        self.url = websocket_url(ibl._config.websocket_url)

    def _question(
        self,
        prompt: str,
        mentor: str,
        tenant: str,
        username: str,
        session_id: str,
        page_content: str | None,
    ) -> Question:
        if page_content is not None:
            check_arguments(page_content=page_content)
        return Question(prompt, mentor, tenant, username, session_id, page_content)

    def _open(self) -> tuple[Conversation, str, dict[str, Any]]:
        token = token_of(self._ibl._auth)
        options = dict(connect_options(self.url, self._ibl._pool_settings, self._ibl._user_agent))
        return Conversation(self.url, token), token, options


class AsyncChat(_Chat):
    """Chat with a mentor from an :class:`~ibl_client.AsyncClient` (``ibl.chat``).

    >>> # async for text in ibl.chat.stream("Hi", mentor="tutor", tenant="acme", username="ada"):
    >>> #     print(text, end="")

    ``receive_timeout`` (seconds, None for none) bounds the wait for each message.
    """

    _ibl: AsyncClient  # what ibl_client.AsyncClient is: the layer's client with the groups

    def __init__(
        self, ibl: AsyncAPIClient, *, receive_timeout: float | None = DEFAULT_RECEIVE_TIMEOUT
    ) -> None:
        super().__init__(ibl, receive_timeout=receive_timeout)

    async def session(self, *, mentor: str, tenant: str, username: str) -> str:
        """A new chat session's id, from the typed sessions operation."""
        check_arguments(mentor=mentor, tenant=tenant, username=username)
        answer = await self._ibl.ai_mentor.ai_mentor_orgs_users_sessions_create(
            tenant, username, body={"mentor": mentor}
        )
        return str(answer.session_id)

    async def stream(
        self,
        prompt: str,
        *,
        mentor: str,
        tenant: str,
        username: str,
        session_id: str | None = None,
        page_content: str | None = None,
    ) -> AsyncGenerator[str, None]:
        """The answer to ``prompt``, chunk by chunk as the mentor writes it.

        A refusal raises ``AuthenticationError`` or ``PermissionDeniedError``; an answer cut
        short raises ``ChatTimeoutError`` or ``ChatClosedError``, whose ``received`` holds the
        text so far. Leaving the iteration (``break``, cancelling its task) closes the socket;
        wrap it in ``contextlib.aclosing`` to close it at once on ``break``.
        """
        check_arguments(prompt=prompt, mentor=mentor, tenant=tenant, username=username)
        if session_id is None:
            session_id = await self.session(mentor=mentor, tenant=tenant, username=username)
        question = self._question(prompt, mentor, tenant, username, session_id, page_content)
        websockets = _library()
        from websockets.asyncio.client import connect

        conversation, token, options = self._open()
        try:
            socket = await connect(self.url, **options)
        except (OSError, asyncio.TimeoutError, websockets.InvalidHandshake) as exc:
            raise conversation.not_opened(exc) from exc
        # Closed with a normal closure whichever way the iteration ends, cancelled included
        # (the library's own context manager says 1011, an internal error, on any exception).
        try:
            await socket.send(question.message(token))
            conversation.status(await self._receive(socket, conversation))
            while not conversation.finished:
                text = conversation.chunk(await self._receive(socket, conversation))
                if text is not None:
                    yield text
        except websockets.ConnectionClosed as exc:
            raise conversation.closed(exc.rcvd) from None
        finally:
            await socket.close()

    async def _receive(self, socket: Any, conversation: Conversation) -> str | bytes:
        try:
            message: str | bytes = await asyncio.wait_for(socket.recv(), self.receive_timeout)
        except asyncio.TimeoutError:
            raise conversation.timed_out(self.receive_timeout or 0) from None
        return message

    async def ask(
        self,
        prompt: str,
        *,
        mentor: str,
        tenant: str,
        username: str,
        session_id: str | None = None,
        page_content: str | None = None,
    ) -> str:
        """The whole answer to ``prompt`` (see :meth:`stream`)."""
        chunks = self.stream(
            prompt,
            mentor=mentor,
            tenant=tenant,
            username=username,
            session_id=session_id,
            page_content=page_content,
        )
        async with contextlib.aclosing(chunks):
            return "".join([text async for text in chunks])


class Chat(_Chat):
    """Chat with a mentor from a :class:`~ibl_client.Client` (``ibl.chat``); see
    :class:`AsyncChat`. ``stream`` is a plain iterator here."""

    _ibl: Client  # what ibl_client.Client is: the layer's client with the groups

    def __init__(
        self, ibl: SyncAPIClient, *, receive_timeout: float | None = DEFAULT_RECEIVE_TIMEOUT
    ) -> None:
        super().__init__(ibl, receive_timeout=receive_timeout)

    def session(self, *, mentor: str, tenant: str, username: str) -> str:
        """See :meth:`AsyncChat.session`."""
        check_arguments(mentor=mentor, tenant=tenant, username=username)
        answer = self._ibl.ai_mentor.ai_mentor_orgs_users_sessions_create(
            tenant, username, body={"mentor": mentor}
        )
        return str(answer.session_id)

    def stream(
        self,
        prompt: str,
        *,
        mentor: str,
        tenant: str,
        username: str,
        session_id: str | None = None,
        page_content: str | None = None,
    ) -> Generator[str, None, None]:
        """See :meth:`AsyncChat.stream`; ``close()`` the iterator to close the socket early."""
        check_arguments(prompt=prompt, mentor=mentor, tenant=tenant, username=username)
        if session_id is None:
            session_id = self.session(mentor=mentor, tenant=tenant, username=username)
        question = self._question(prompt, mentor, tenant, username, session_id, page_content)
        websockets = _library()
        from websockets.sync.client import connect

        conversation, token, options = self._open()
        try:
            socket = connect(self.url, **options)
        except (OSError, asyncio.TimeoutError, websockets.InvalidHandshake) as exc:
            raise conversation.not_opened(exc) from exc
        with socket:  # the library asks for it; the close in `finally` comes first
            try:
                socket.send(question.message(token))
                conversation.status(self._receive(socket, conversation))
                while not conversation.finished:
                    text = conversation.chunk(self._receive(socket, conversation))
                    if text is not None:
                        yield text
            except websockets.ConnectionClosed as exc:
                raise conversation.closed(exc.rcvd) from None
            finally:
                socket.close()

    def _receive(self, socket: Any, conversation: Conversation) -> str | bytes:
        try:
            message: str | bytes = socket.recv(timeout=self.receive_timeout)
        except TimeoutError:
            raise conversation.timed_out(self.receive_timeout or 0) from None
        return message

    def ask(
        self,
        prompt: str,
        *,
        mentor: str,
        tenant: str,
        username: str,
        session_id: str | None = None,
        page_content: str | None = None,
    ) -> str:
        """See :meth:`AsyncChat.ask`."""
        chunks = self.stream(
            prompt,
            mentor=mentor,
            tenant=tenant,
            username=username,
            session_id=session_id,
            page_content=page_content,
        )
        with contextlib.closing(chunks):
            return "".join(chunks)
