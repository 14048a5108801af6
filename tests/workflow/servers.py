"""Loopback servers for the mentor workflow: the API answering from the description, the same
API playing the workflow with state, and the mentor chat's WebSocket.

- :class:`Answers`: the body the description declares for any request (sampled).
- :class:`MentorPlayback`: on top of it, the workflow's operations remember what they were
  sent: a mentor created, a document given for training (trained after ``polls_to_train``
  looks at its pathway), a session opened. Each is found by its operation id, so the routes
  follow the description.
- :func:`serve_http`: an HTTP server on 127.0.0.1 answering with such a callable.
- :class:`MentorSocket`: the chat protocol on 127.0.0.1 (``ibl_client/chat/_protocol.py``
  describes it), with a fault to play per connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import attrs
from contract.spec import Operation, Spec
from contract.values import SchemaSampler
from layer.server import LoopbackServer

# --- the API, from the description ---------------------------------------------------------


#: What the API answers for a path or method it does not have.
NOT_FOUND = (404, b'{"detail": "Not found."}')
SLOW_S = 1.5  # an answer's delay when ``forced`` is "slow"


class Answers:
    """The body the description declares for a request: its operation's first 2xx response,
    sampled from the schema (every optional property too); 404 for what it does not declare.

    ``forced`` replaces every answer while it is set (the docs blocks' ``answers`` directive):
    a status ("404", "429", ...; with ``Retry-After: 0``), "invalid" (a 200 no schema
    declares) or "slow" (the declared answer, late). ``seen`` lists "METHOD /path" of each
    request.
    """

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.forced: str | None = None
        self.seen: list[str] = []
        self.sampler = SchemaSampler(spec, optional=True, for_request=False)
        self.routes: list[tuple[str, re.Pattern[str], int, Operation]] = []
        for op in spec.operations:
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path))
            literal = len(re.sub(r"\{\w+\}", "", op.path))  # the most literal path wins
            self.routes.append((op.method, re.compile(f"^{pattern}$"), literal, op))

    def operation(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation a request is for, and its path parameters."""
        matches = [
            (literal, op, match.groupdict())
            for m, pattern, literal, op in self.routes
            if m == method.lower() and (match := pattern.match(path))
        ]
        if not matches:
            return None
        _, op, parameters = max(matches, key=lambda found: found[0])
        return op, parameters

    def body(self, op: Operation) -> tuple[int, Any]:
        """The status and the sampled JSON value of ``op``'s first success (None: no body)."""
        status = op.success_codes()[0] if op.success_codes() else 200
        media = (op.responses.get(str(status), {}).get("content") or {}).get("application/json")
        if media is None:
            return status, None
        return status, self.sampler.sample(media.get("schema", {}))

    def forced_answer(self) -> Answer | None:
        """The answer ``forced`` makes, if it is set ("slow" waits, then answers as declared)."""
        if self.forced == "invalid":
            return 200, b'"a body no schema declares"', {}
        if self.forced == "slow":
            time.sleep(SLOW_S)
            return None
        if self.forced is not None:
            detail = json.dumps({"detail": f"forced {self.forced} for this run"}).encode()
            return int(self.forced), detail, {"Retry-After": "0"}
        return None

    def answer(self, method: str, path: str) -> Answer:
        self.seen.append(f"{method} {path}")
        forced = self.forced_answer()
        if forced is not None:
            return forced
        found = self.operation(method, path)
        if found is None:
            return (*NOT_FOUND, {})
        status, value = self.body(found[0])
        if value is None:
            return status, b"" if status == 204 else b"{}", {}
        return status, json.dumps(value).encode(), {}


#: A status, a body and extra headers.
Answer = tuple[int, bytes, dict[str, str]]


@attrs.frozen
class Request:
    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes


#: A status and a body, or with extra headers too.
Handler = Callable[[Request], "tuple[int, bytes] | Answer"]


@contextlib.contextmanager
def serve_http(handler: Handler) -> Iterator[str]:
    """An HTTP/1.1 server on 127.0.0.1 answering each request with ``handler``; its URL."""

    class Endpoint(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, answer, *more = handler(Request(self.command, self.path, headers, body))
            self.send_response(status)
            if answer:
                self.send_header("Content-Type", "application/json")
            for name, value in (more[0] if more else {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            with contextlib.suppress(ConnectionError):  # a client that gave up (slow answers)
                self.wfile.write(answer)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def form_fields(request: Request) -> dict[str, str]:
    """The fields of a JSON, form or multipart body (a file field: its file name)."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        return {k: str(v) for k, v in json.loads(request.body or b"{}").items()}
    if kind.startswith("multipart/form-data"):
        head = f"Content-Type: {kind}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
        fields = {}
        for part in message.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            fields[name] = filename if filename else part.get_content().strip()
        return fields
    return dict(parse_qsl(request.body.decode()))


#: Where MentorPlayback's presigned URLs point: object storage, played by the same server.
STORAGE = "/storage/"


class MentorPlayback:
    """The API playing the mentor workflow: what the workflow's operations are sent changes
    what they answer next; any other request is answered from the description."""

    def __init__(
        self,
        answers: Answers,
        *,
        polls_to_train: int = 2,
        failing: frozenset[str] = frozenset(),
        page_size: int | None = None,
    ) -> None:
        self.answers = answers
        self.page_size = page_size
        self.polls_to_train = polls_to_train
        self.failing = failing  # documents whose training fails once it has run
        self.requests: list[Request] = []
        #: pathway -> {document name: looks at the pathway left before it is trained}
        self.documents: dict[str, dict[str, int]] = {}
        self.sessions: list[str] = []
        self._lock = threading.Lock()
        self._plays: dict[str, Callable[[Request, dict[str, str], Any], Any]] = {
            "ai_mentor_orgs_users_mentor_with_settings_create": self._mentor,
            "ai_index_orgs_users_documents_train_create": self._train,
            "ai_index_orgs_users_documents_pathways_list": self._pathway,
            "ai_mentor_orgs_users_sessions_create": self._session,
            "ai_mentor_orgs_users_chat_files_upload_url_create": self._upload_url,
            "ai_mentor_orgs_users_course_creation_tasks_retrieve": self._course_task,
        }
        #: Uploads to the URLs handed out (served here too, under /storage/).
        self.stored: list[Request] = []

    def __call__(self, request: Request) -> tuple[int, bytes] | Answer:
        path = request.path.split("?", 1)[0]
        if self.answers.forced is not None:  # a docs block's forced answer, for every request
            return self.answers.answer(request.method, path)
        with self._lock:
            self.requests.append(request)
            self.answers.seen.append(f"{request.method} {path}")
            if path.startswith(STORAGE):
                self.stored.append(request)
                return 200, b""
            found = self.answers.operation(request.method, path)
            if found is None:
                return NOT_FOUND
            op, parameters = found
            status, value = self.answers.body(op)
            play = self._plays.get(op.operation_id)
            if play is not None:
                value = play(request, parameters, value)
            if value is None:
                return status, b"" if status == 204 else b"{}"
            return status, json.dumps(value).encode()

    def polls_of(self, pathway: str) -> int:
        return sum(
            1
            for r in self.requests
            if r.method == "GET" and f"/documents/pathways/{pathway}/" in r.path
        )

    def _mentor(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
        name = form_fields(request)["new_mentor_name"]
        return {**value, "name": name, "slug": name, "unique_id": str(uuid.uuid4())}

    def _train(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
        fields = form_fields(request)
        name = fields.get("file") or fields.get("url") or "text"
        self.documents.setdefault(fields["pathway"], {})[name] = self.polls_to_train
        return {**value, "message": "training started", "document_id": name}

    def _pathway(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
        """The pathway's documents, ``page_size`` a page (all at once when None); each
        document shown is one look nearer to trained."""
        documents = self.documents.get(parameters["pathway"], {})
        names = list(documents)
        query = dict(parse_qsl(request.path.partition("?")[2]))
        offset = int(query.get("offset", 0))
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
                    "pathway": parameters["pathway"],
                    "is_trained": status == "trained",
                    "training_status": status,
                }
            )
        after = offset + len(shown)
        following = None
        if after < len(names):
            base = f"http://{request.headers['host']}{request.path.partition('?')[0]}"
            following = f"{base}?limit={self.page_size}&offset={after}"
        page = {"count": len(names), "next": following, "previous": None, "results": results}
        return {**value, **page}

    def _upload_url(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
        # Object storage is another origin in production; here, this server's /storage/.
        key = form_fields(request)["file_name"]
        url = f"http://{request.headers['host']}{STORAGE}{key}?X-Amz-Signature=5ec7e7"
        return {**value, "upload_url": url, "upload_method": "PUT", "file_key": key}

    def _course_task(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
        looks = sum(1 for r in self.requests if r.path == request.path)
        return {**value, "status": "Success" if looks >= self.polls_to_train else "In Progress"}

    def _session(self, request: Request, parameters: dict[str, str], value: Any) -> Any:
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
