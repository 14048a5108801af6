"""Loopback servers for the mentor workflow: the API playing the workflow with state, on the
testing kit's fake API (``ibl_client.testing.FakeIBL``), and the mentor chat's WebSocket.

- :class:`MentorPlayback`: the workflow's operations remember what they were sent: a mentor
  created, a document given for training (trained after ``polls_to_train`` looks at its
  pathway), a session opened; each is found by its operation id, so the routes follow the
  description. Any other request is answered, and checked, by the fake from the description.
- :class:`MentorSocket`: the chat protocol on 127.0.0.1 (``ibl_client/chat/_protocol.py``
  describes it), with a fault to play per connection.
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from layer.server import LoopbackServer

from ibl_client.testing import FakeIBL, RecordedCall, Reply

# --- the API, played on the fake ---------------------------------------------------------


def form_fields(call: RecordedCall) -> Mapping[str, str]:
    """The fields of a JSON, form or multipart body (a file field: its file name)."""
    if call.form is not None:
        return call.form
    return {k: str(v) for k, v in (call.json or {}).items()}


#: Where MentorPlayback's presigned URLs point: object storage, played by the same server.
STORAGE = "/storage/"


class MentorPlayback:
    """The API playing the mentor workflow on ``fake``: what the workflow's operations are sent
    changes what they answer next (``FakeIBL.on(...).respond_with``); uploads to the presigned
    URLs it hands out land in ``stored`` (the fake's ``fallback``, for paths the API lacks)."""

    def __init__(
        self,
        fake: FakeIBL,
        *,
        polls_to_train: int = 2,
        failing: frozenset[str] = frozenset(),
        page_size: int | None = None,
    ) -> None:
        self.fake = fake
        self.page_size = page_size
        self.polls_to_train = polls_to_train
        self.failing = failing  # documents whose training fails once it has run
        #: pathway -> {document name: looks at the pathway left before it is trained}
        self.documents: dict[str, dict[str, int]] = {}
        self.sessions: list[str] = []
        self._lock = threading.Lock()
        plays: dict[str, Callable[[RecordedCall, Any], Any]] = {
            "ai_mentor_orgs_users_mentor_with_settings_create": self._mentor,
            "ai_index_orgs_users_documents_train_create": self._train,
            "ai_index_orgs_users_documents_pathways_list": self._pathway,
            "ai_mentor_orgs_users_sessions_create": self._session,
            "ai_mentor_orgs_users_chat_files_upload_url_create": self._upload_url,
            "ai_mentor_orgs_users_course_creation_tasks_retrieve": self._course_task,
        }
        for operation_id, play in plays.items():
            fake.on(operation_id).respond_with(self._locked(play))
        #: Uploads to the URLs handed out (served here too, under /storage/).
        self.stored: list[RecordedCall] = []
        fake.fallback = self._storage

    @property
    def requests(self) -> list[RecordedCall]:
        return self.fake.calls

    def polls_of(self, pathway: str) -> int:
        return sum(
            1
            for r in self.requests
            if r.method == "GET" and f"/documents/pathways/{pathway}/" in r.path
        )

    def _locked(self, play: Callable[[RecordedCall, Any], Any]) -> Callable[..., Any]:
        def locked(call: RecordedCall, value: Any) -> Any:
            with self._lock:
                return play(call, value)

        return locked

    def _storage(self, call: RecordedCall) -> Reply | None:
        if not call.path.startswith(STORAGE):
            return None
        self.stored.append(call)
        return Reply(b"", 200)

    def _mentor(self, call: RecordedCall, value: Any) -> Any:
        name = form_fields(call)["new_mentor_name"]
        return {**value, "name": name, "slug": name, "unique_id": str(uuid.uuid4())}

    def _train(self, call: RecordedCall, value: Any) -> Any:
        fields = form_fields(call)
        name = fields.get("file") or fields.get("url") or "text"
        self.documents.setdefault(fields["pathway"], {})[name] = self.polls_to_train
        return {**value, "message": "training started", "document_id": name}

    def _pathway(self, call: RecordedCall, value: Any) -> Any:
        """The pathway's documents, ``page_size`` a page (all at once when None); each
        document shown is one look nearer to trained."""
        pathway = call.path_params["pathway"]
        documents = self.documents.get(pathway, {})
        names = list(documents)
        offset = int(call.query.get("offset", 0))
        shown = names[offset:] if self.page_size is None else names[offset:][: self.page_size]
        sample = value["results"][0] if value.get("results") else {}
        results = []
        for name in shown:
            left = documents[name]
            documents[name] = max(0, left - 1)
            ran = left <= 1
            status = "pending" if not ran else "failed" if name in self.failing else "trained"
            results.append(
                {
                    **sample,
                    "document_name": name,
                    "pathway": pathway,
                    "is_trained": status == "trained",
                    "training_status": status,
                }
            )
        after = offset + len(shown)
        following = None
        if after < len(names):
            base = f"http://{call.headers['host']}{call.path}"
            following = f"{base}?limit={self.page_size}&offset={after}"
        page = {"count": len(names), "next": following, "previous": None, "results": results}
        return {**value, **page}

    def _upload_url(self, call: RecordedCall, value: Any) -> Any:
        # Object storage is another origin in production; here, this server's /storage/.
        key = form_fields(call)["file_name"]
        url = f"http://{call.headers['host']}{STORAGE}{key}?X-Amz-Signature=5ec7e7"
        return {**value, "upload_url": url, "upload_method": "PUT", "file_key": key}

    def _course_task(self, call: RecordedCall, value: Any) -> Any:
        # The fake records a call once answered: this look is one more than those recorded.
        looks = 1 + sum(1 for r in self.requests if r.path == call.path)
        return {**value, "status": "Success" if looks >= self.polls_to_train else "In Progress"}

    def _session(self, call: RecordedCall, value: Any) -> Any:
        session_id = str(uuid.uuid4())
        self.sessions.append(session_id)
        return {**value, "session_id": session_id}


# --- the chat's WebSocket ------------------------------------------------------------------

ANSWER = "answer"  # the whole answer, then eos
REJECT = "reject"  # the handshake answered 403
CLOSE_MIDWAY = "close_midway"  # two chunks, then the connection closed (1011)
STALL = "stall"  # one chunk, then nothing until the client leaves
NOT_JSON = "not_json"  # one chunk, then a message that is not JSON

AUTH_REFUSAL = {"detail": "Invalid token: authentication failed"}
ACCESS_REFUSAL = {"error": "You do not have access to this mentor"}


def answer_to(prompt: str) -> list[str]:
    """The chunks the mentor answers ``prompt`` with: word by word, as a model streams."""
    words = f"You asked: {prompt}. Here is what I know.".split(" ")
    return [word + " " for word in words[:-1]] + [words[-1]]


class MentorSocket(LoopbackServer):
    """The chat protocol on ``ws://127.0.0.1:<port>/ws/langflow/``.

    A first message with a token other than ``token`` is refused (``AUTH_REFUSAL``), one for a
    mentor outside ``mentors`` (when given) too (``ACCESS_REFUSAL``). ``then(...)`` scripts the
    next connections' behaviour (``ANSWER`` by default). ``received`` keeps each first message;
    ``closed`` is set each time a connection ends; ``client_closes`` lists, per connection, the
    code of the client's close frame (None: it sent none).
    """

    def __init__(self, token: str, mentors: set[str] | None = None, tls: Any = None) -> None:
        super().__init__(tls)
        self.token = token
        self.mentors = mentors
        self.script: deque[str] = deque()
        self.received: list[dict[str, Any]] = []
        self.closed = threading.Event()
        self.client_closes: list[int | None] = []

    @property
    def url(self) -> str:
        return f"{'wss' if self.tls else 'ws'}://127.0.0.1:{self.port}"

    def then(self, *behaviours: str) -> MentorSocket:
        self.script.extend(behaviours)
        return self

    def start(self) -> MentorSocket:
        from websockets.asyncio.server import serve

        def process_request(connection: Any, request: Any) -> Any:
            if request.path != "/ws/langflow/":
                return connection.respond(404, "no such path")
            if self.script and self.script[0] == REJECT:
                self.script.popleft()
                return connection.respond(403, "Forbidden")
            return None

        async def listen() -> Any:  # serve() wants the loop running
            return await serve(
                self._chat, "127.0.0.1", 0, ssl=self.tls, process_request=process_request
            )

        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(listen(), self._loop)
        self._server = future.result(5)
        self.port = next(iter(self._server.sockets)).getsockname()[1]
        return self

    async def _chat(self, connection: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        behaviour = self.script.popleft() if self.script else ANSWER
        try:
            first = json.loads(await connection.recv())
            self.received.append(first)
            if first.get("token") != self.token:
                await connection.send(json.dumps(AUTH_REFUSAL))
                return
            if self.mentors is not None and first["flow"]["name"] not in self.mentors:
                await connection.send(json.dumps(ACCESS_REFUSAL))
                return
            await connection.send(json.dumps({"detail": "connected"}))
            chunks = answer_to(first["prompt"])
            if behaviour == CLOSE_MIDWAY:
                for chunk in chunks[:2]:
                    await connection.send(json.dumps({"data": chunk}))
                await connection.close(1011, "mentor crashed")
                return
            if behaviour in (STALL, NOT_JSON):
                await connection.send(json.dumps({"data": chunks[0]}))
                if behaviour == NOT_JSON:
                    await connection.send("<html>Bad gateway</html>")
                await connection.wait_closed()
                return
            for chunk in chunks:
                await connection.send(json.dumps({"data": chunk}))
            await connection.send(json.dumps({"eos": True}))
            await connection.wait_closed()
        except ConnectionClosed:
            pass
        finally:
            received = connection.protocol.close_rcvd
            self.client_closes.append(None if received is None else received.code)
            self.closed.set()
