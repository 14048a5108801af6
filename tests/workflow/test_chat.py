"""``ibl.chat`` against a loopback mentor speaking the chat protocol (servers.MentorSocket):
the answer, the first message, sessions, each way of failing, cancelling, proxy, TLS, and the
token kept out of every log record and error. Async client on both backends, and the sync one."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import pytest
from layer.conftest import SECRET, Certificate, set_environment
from layer.server import ForwardProxy
from support.clients import KINDS
from support.clients import of_kind as make_client

from ibl_client import (
    APIConnectionError,
    AsyncClient,
    AuthenticationError,
    ChatClosedError,
    ChatStreamError,
    ChatTimeoutError,
    Client,
    ConfigurationError,
    PermissionDeniedError,
)

from .servers import (
    ANSWER,
    CLOSE_MIDWAY,
    NOT_JSON,
    REJECT,
    STALL,
    MentorPlayback,
    MentorSocket,
    answer_to,
)

pytest.importorskip("websockets")

WHO = {"mentor": "tutor", "tenant": "acme", "username": "ada"}
PROMPT = "What is retrieval-augmented generation?"


async def ask(ibl: AsyncClient | Client, prompt: str = PROMPT, **options: Any) -> str:
    arguments = {**WHO, "session_id": "s-1", **options}
    if isinstance(ibl, Client):
        return ibl.chat.ask(prompt, **arguments)
    return await ibl.chat.ask(prompt, **arguments)


async def chunks(ibl: AsyncClient | Client, **options: Any) -> list[str]:
    arguments = {**WHO, "session_id": "s-1", **options}
    if isinstance(ibl, Client):
        return list(ibl.chat.stream(PROMPT, **arguments))
    return [text async for text in ibl.chat.stream(PROMPT, **arguments)]


@contextlib.asynccontextmanager
async def client(kind: str, api: str, socket: MentorSocket, **options: Any) -> Any:
    ibl = make_client(kind, api, websocket_url=options.pop("websocket_url", socket.url), **options)
    try:
        yield ibl
    finally:
        if isinstance(ibl, Client):
            ibl.close()
        else:
            await ibl.aclose()


@pytest.mark.parametrize("kind", KINDS)
async def test_the_answer_streams_chunk_by_chunk(kind: str, api: str, socket: MentorSocket) -> None:
    async with client(kind, api, socket) as ibl:
        assert await chunks(ibl) == answer_to(PROMPT)
        assert await ask(ibl) == "".join(answer_to(PROMPT))
    assert len(socket.received) == 2


@pytest.mark.parametrize("kind", KINDS)
async def test_the_first_message_is_the_protocol_s(
    kind: str, api: str, socket: MentorSocket
) -> None:
    async with client(kind, api, socket) as ibl:
        await ask(ibl)
        await ask(ibl, page_content="<p>Lecture 3</p>")
    plain, with_page = socket.received
    assert plain == {
        "flow": {"name": "tutor", "tenant": "acme", "username": "ada", "pathway": "tutor"},
        "session_id": "s-1",
        "token": SECRET,
        "prompt": PROMPT,
    }
    assert with_page == {**plain, "page_content": "<p>Lecture 3</p>"}


@pytest.mark.parametrize("kind", KINDS)
async def test_without_a_session_one_is_opened_by_the_sessions_operation(
    kind: str, api: str, socket: MentorSocket, playback: MentorPlayback
) -> None:
    async with client(kind, api, socket) as ibl:
        await ask(ibl, session_id=None)
    [opened] = [r for r in playback.requests if r.method == "POST" and "/sessions/" in r.path]
    assert opened.path == "/api/ai-mentor/orgs/acme/users/ada/sessions/"
    assert opened.json == {"mentor": "tutor"}
    assert socket.received[0]["session_id"] == playback.sessions[0]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_wrong_token_is_an_authentication_error(
    kind: str, api: str, socket: MentorSocket
) -> None:
    socket.token = "another-key"
    async with client(kind, api, socket) as ibl:
        with pytest.raises(AuthenticationError) as caught:
            await ask(ibl)
    assert caught.value.status_code == 401
    assert caught.value.operation_id == "chat"
    assert SECRET not in f"{caught.value} {caught.value!r} {caught.value.body}"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_mentor_out_of_reach_is_a_permission_error(
    kind: str, api: str, socket: MentorSocket
) -> None:
    async with client(kind, api, socket) as ibl:
        with pytest.raises(PermissionDeniedError, match="do not have access"):
            await ask(ibl, mentor="someone-else")


@pytest.mark.parametrize("kind", KINDS)
async def test_a_handshake_refused_with_a_status_raises_that_status_s_error(
    kind: str, api: str, socket: MentorSocket
) -> None:
    socket.then(REJECT)
    async with client(kind, api, socket) as ibl:
        with pytest.raises(PermissionDeniedError) as caught:
            await ask(ibl)
    assert caught.value.status_code == 403
    assert socket.received == []  # refused before the first message: the token never left


@pytest.mark.parametrize("kind", KINDS)
async def test_a_server_closing_midway_keeps_the_text_received(
    kind: str, api: str, socket: MentorSocket
) -> None:
    socket.then(CLOSE_MIDWAY)
    async with client(kind, api, socket) as ibl:
        with pytest.raises(ChatClosedError, match="code 1011") as caught:
            await ask(ibl)
    assert caught.value.received == "".join(answer_to(PROMPT)[:2])


@pytest.mark.parametrize("kind", KINDS)
async def test_silence_past_the_receive_timeout_keeps_the_text_received(
    kind: str, api: str, socket: MentorSocket
) -> None:
    socket.then(STALL)
    async with client(kind, api, socket) as ibl:
        ibl.chat.receive_timeout = 0.2  # the server never sends more: how soon it gives up
        with pytest.raises(ChatTimeoutError) as caught:
            await ask(ibl)
    assert caught.value.received == answer_to(PROMPT)[0]
    assert socket.closed.wait(5)  # and the socket was closed


@pytest.mark.parametrize("kind", KINDS)
async def test_a_message_that_is_not_json_is_a_stream_error(
    kind: str, api: str, socket: MentorSocket
) -> None:
    socket.then(NOT_JSON)
    async with client(kind, api, socket) as ibl:
        with pytest.raises(ChatStreamError, match="not JSON") as caught:
            await ask(ibl)
    assert caught.value.received == answer_to(PROMPT)[0]


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_cancelling_the_iteration_closes_the_socket(
    backend: str, api: str, socket: MentorSocket
) -> None:
    socket.then(STALL)
    first = asyncio.Event()

    async def listen(ibl: AsyncClient) -> None:
        async for _ in ibl.chat.stream(PROMPT, **WHO, session_id="s-1"):
            first.set()

    async with client(backend, api, socket) as ibl:
        task = asyncio.create_task(listen(ibl))
        await first.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert await asyncio.to_thread(socket.closed.wait, 5)
    assert socket.client_closes == [1000]  # a close frame, sent by the client


async def test_breaking_out_inside_aclosing_closes_the_socket(
    api: str, socket: MentorSocket
) -> None:
    socket.then(STALL)
    async with client("aiohttp", api, socket) as ibl:
        stream = ibl.chat.stream(PROMPT, **WHO, session_id="s-1")
        async with contextlib.aclosing(stream):
            async for _ in stream:
                break
        assert await asyncio.to_thread(socket.closed.wait, 5)
    assert socket.client_closes == [1000]


async def test_leaving_the_sync_iteration_closes_the_socket(api: str, socket: MentorSocket) -> None:
    socket.then(STALL)
    with Client(api_key=SECRET, base_url=api, websocket_url=socket.url) as ibl:
        stream = ibl.chat.stream(PROMPT, **WHO, session_id="s-1")
        assert next(stream) == answer_to(PROMPT)[0]
        stream.close()
    assert socket.closed.wait(5)
    assert socket.client_closes == [1000]


@pytest.mark.parametrize("kind", KINDS)
async def test_the_client_s_proxy_carries_the_websocket(
    kind: str, api: str, socket: MentorSocket, proxy: ForwardProxy
) -> None:
    async with client(kind, api, socket, proxy=proxy.url) as ibl:
        assert await ask(ibl) == "".join(answer_to(PROMPT))
        # A derived client shares the pool, and so its proxy route.
        assert await ask(ibl.with_options(timeout=5)) == "".join(answer_to(PROMPT))
    assert proxy.seen.count(f"CONNECT 127.0.0.1:{socket.port}") == 2


@pytest.mark.parametrize("kind", ["aiohttp", "sync"])
async def test_the_proxy_variables_route_the_websocket_as_httpx_would(
    kind: str,
    api: str,
    socket: MentorSocket,
    proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url, NO_PROXY="example.com")
    async with client(kind, api, socket) as ibl:
        await ask(ibl)
    assert proxy.seen == [f"CONNECT 127.0.0.1:{socket.port}"]
    set_environment(monkeypatch, HTTP_PROXY=proxy.url, NO_PROXY="127.0.0.1")
    async with client(kind, api, socket) as ibl:
        await ask(ibl)
    assert len(proxy.seen) == 1  # NO_PROXY: straight to the mentor


@pytest.mark.parametrize("kind", KINDS)
async def test_the_client_s_tls_settings_verify_the_websocket(
    kind: str, api: str, tls_socket: MentorSocket, certificate: Certificate
) -> None:
    async with client(kind, api, tls_socket, verify=str(certificate.cert)) as ibl:
        assert await ask(ibl) == "".join(answer_to(PROMPT))
    # Without the test CA (certifi's bundle only), the certificate is refused.
    async with client(kind, api, tls_socket, verify=True) as ibl:
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await ask(ibl)


@pytest.mark.parametrize("kind", KINDS)
async def test_the_token_is_in_no_log_record(
    kind: str, api: str, socket: MentorSocket, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the WebSocket library's included
    socket.then(ANSWER, CLOSE_MIDWAY)
    async with client(kind, api, socket, debug=True) as ibl:
        await ask(ibl, session_id=None)
        with pytest.raises(ChatClosedError):
            await ask(ibl)
        socket.token = "another-key"
        with pytest.raises(AuthenticationError):
            await ask(ibl)
    assert any(r.name.startswith("ibl_client.chat") for r in caplog.records)
    for record in caplog.records:
        if record.name.startswith("websockets.server"):
            continue  # the loopback mentor's own records, not the client's
        assert SECRET not in record.getMessage(), record.name
        # Nor any part of the message that carries it: the library logs frames cut to ~75
        # characters, which alone keeps the token (past the flow) out of its debug records.
        assert '"flow"' not in record.getMessage(), record.name


def test_a_refusal_echoing_the_token_has_it_redacted(api: str, socket: MentorSocket) -> None:
    from ibl_client.chat._protocol import Conversation

    refused = Conversation(socket.url, SECRET).refused({"detail": f"bad token {SECRET}"})
    assert isinstance(refused, AuthenticationError)
    assert SECRET not in f"{refused} {refused.body}"


def test_the_websocket_url_comes_from_the_option_or_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Client(api_key="k").chat.url == "wss://asgi.data.iblai.app/ws/langflow/"
    monkeypatch.setenv("IBL_WEBSOCKET_URL", "ws://chat.example:8000/")
    assert Client(api_key="k").chat.url == "ws://chat.example:8000/ws/langflow/"
    with pytest.raises(ConfigurationError, match=r"^websocket_url: expected a ws\(s\) URL"):
        AsyncClient(api_key="k", websocket_url="https://chat.example")


async def test_an_anonymous_client_cannot_chat(api: str, socket: MentorSocket) -> None:
    async with AsyncClient(anonymous=True, base_url=api, websocket_url=socket.url) as ibl:
        with pytest.raises(ConfigurationError, match="no token to chat with"):
            await ibl.chat.ask(PROMPT, **WHO, session_id="s-1")
    assert socket.received == []


@pytest.mark.parametrize(
    ("name", "value"), [("prompt", ""), ("mentor", ""), ("tenant", None), ("page_content", 3)]
)
async def test_bad_arguments_are_named(name: str, value: Any, api: str) -> None:
    async with AsyncClient(api_key=SECRET, base_url=api) as ibl:
        arguments: dict[str, Any] = {"prompt": PROMPT, **WHO, "session_id": "s-1", name: value}
        with pytest.raises(ConfigurationError, match=f"^{name}: expected a non-empty string"):
            await ibl.chat.ask(**arguments)
