"""Chat with a mentor, the answer streamed token by token over a WebSocket: ``ibl.chat``.

>>> # async with ibl_client.AsyncClient() as ibl:
>>> #     answer = await ibl.chat.ask("What is RAG?", mentor="tutor", tenant="acme", username="ada")

``AsyncChat`` (``AsyncClient.chat``) has ``stream``, an async iterator of text chunks, and
``ask``, the whole answer; ``Chat`` (``Client.chat``) is its sync twin. Errors: a refusal is an
``AuthenticationError`` or ``PermissionDeniedError``; an answer cut short a ``ChatTimeoutError``
or ``ChatClosedError`` (``received`` holds the text so far); see ``ibl_client._errors``.
"""

from .._errors import ChatClosedError, ChatStreamError, ChatTimeoutError
from ._chat import AsyncChat, Chat
from ._protocol import DEFAULT_RECEIVE_TIMEOUT

__all__ = [
    "DEFAULT_RECEIVE_TIMEOUT",
    "AsyncChat",
    "Chat",
    "ChatClosedError",
    "ChatStreamError",
    "ChatTimeoutError",
]
