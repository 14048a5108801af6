"""``FakeIBL``: the ibl API on a loopback port, answering from the SDK's own description.

A real HTTP/1.1 server on 127.0.0.1, in a thread, so every client (``Client``, ``AsyncClient``
on either backend, plain httpx) talks to it as to the API. Each request is routed to its
operation, checked against it (``_checking.py``), recorded, and answered: by what the test set
for the operation, else by a sample of the operation's first 2xx (``_sampling.py``).

What a test can set, per operation, for the next call (``once=True``) or every call:

- ``respond(body)``: a model (anything with ``to_dict()``), a JSON value or raw ``bytes``,
  with a status, headers and a latency;
- ``fail(status, retry_after=...)``: an error answer with ``{"detail": ...}``;
- ``drop()``: the connection closed with no answer;
- ``respond_with(handler)``: a function of the call and the sampled answer (a stateful fake).

``on(EVERY)`` sets an answer for every operation, over their own: an outage.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import functools
import json
import threading
from collections import deque
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from .._log import SECRET_HEADERS
from ._checking import Sent, Violation, check_request
from ._description import Description, Operation, is_json
from ._sampling import SchemaSampler

if TYPE_CHECKING:
    from .._client import AsyncAPIClient, SyncAPIClient

__all__ = ["EVERY", "SAMPLE", "FakeIBL", "FakeViolationError", "RecordedCall", "Reply", "Route"]

#: The key of ``FakeIBL.on`` that sets an answer for every operation.
EVERY = "*"
#: The API's answer to a path or method it does not have.
NOT_FOUND = b'{"detail": "Not found."}'
#: The credential the fake's clients send (any credential is accepted).
FAKE_API_KEY = "fake-ibl-api-key"


class _Sample:
    def __repr__(self) -> str:
        return "SAMPLE"


#: A reply body: the operation's answer sampled from the description.
SAMPLE: Any = _Sample()


class FakeViolationError(AssertionError):
    """Requests that did not fit the description; the message lists each violation."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        lines = "\n".join(f"  {violation}" for violation in violations)
        super().__init__(f"{len(violations)} request(s) did not fit the description:\n{lines}")


@attrs.frozen
class Reply:
    """One answer: ``body`` SAMPLE (the description's), a model, a JSON value or raw bytes;
    ``status`` None for the operation's first 2xx; ``delay`` seconds before answering;
    ``drop``: close the connection instead of answering."""

    body: Any = SAMPLE
    status: int | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    drop: bool = False

    def __attrs_post_init__(self) -> None:
        if self.delay < 0:
            raise ValueError(f"delay: {self.delay!r} is negative")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status: {self.status!r} is not an HTTP status")


#: A stateful answer: called with the call and the sampled answer, returns a ``Reply`` or a
#: body (a model, a JSON value or bytes) answered with the operation's own status.
Handler = Callable[["RecordedCall", Any], Any]


@attrs.frozen
class RecordedCall:
    """A request the fake received, for a test's assertions. ``headers`` leave credentials
    out (``Authorization``, cookies, API-key headers); ``query`` keeps a name's last value,
    ``query_list`` every pair in order; ``json`` is the parsed JSON body, ``form`` a form or
    multipart body's fields (a file field: its file name)."""

    operation_id: str | None  # None: a path or method the description lacks
    method: str
    path: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    query_list: tuple[tuple[str, str], ...]
    headers: Mapping[str, str] = attrs.field(repr=False)
    json: Any = None
    form: Mapping[str, str] | None = None
    content: bytes = attrs.field(default=b"", repr=False)
    #: What the fake did: the status answered (None: the connection dropped), the latency.
    status: int | None = None
    delay: float = 0.0
    violations: tuple[Violation, ...] = ()


class Route:
    """The answers set for one operation (or ``EVERY``): ``FakeIBL.on(...)``."""

    def __init__(self, fake: FakeIBL, key: str) -> None:
        self._fake = fake
        self.operation_id = key
        self._next: deque[Reply | Handler] = deque()
        self._always: Reply | Handler | None = None

    def respond(
        self,
        body: Any = SAMPLE,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        once: bool = False,
    ) -> Route:
        """Answer with ``body``: a model, a JSON value, raw bytes, or SAMPLE."""
        return self._set(Reply(body, status, dict(headers or {}), delay), once)

    def fail(
        self,
        status: int,
        *,
        retry_after: float | None = None,
        detail: str | None = None,
        headers: Mapping[str, str] | None = None,
        once: bool = False,
    ) -> Route:
        """Answer ``status`` with ``{"detail": ...}`` (and ``Retry-After`` when given)."""
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = f"{retry_after:g}"
        body = {"detail": detail or f"{status} set by the test for {self.operation_id}"}
        return self._set(Reply(body, status, extra), once)

    def drop(self, *, once: bool = False) -> Route:
        """Close the connection with no answer (the client sees the server disconnect)."""
        return self._set(Reply(drop=True), once)

    def respond_with(self, handler: Handler, *, once: bool = False) -> Route:
        """Answer with ``handler(call, sample)``: a ``Reply``, or a body."""
        return self._set(handler, once)

    def reset(self) -> Route:
        """Back to the description's answer."""
        with self._fake._lock:
            self._next.clear()
            self._always = None
        return self

    @property
    def calls(self) -> list[RecordedCall]:
        """The calls this route's operation received (every call, for ``EVERY``)."""
        return [
            call for call in self._fake.calls if self.operation_id in (EVERY, call.operation_id)
        ]

    def _set(self, answer: Reply | Handler, once: bool) -> Route:
        with self._fake._lock:
            if once:
                self._next.append(answer)
            else:
                self._always = answer
        return self

    def _take(self, standing: bool) -> Reply | Handler | None:
        if self._next:
            return self._next.popleft()
        return self._always if standing else None


class FakeIBL:
    """The ibl API on ``http://127.0.0.1:<port>``, from a description (the SDK's own unless
    given: a ``Description``, or a path to one). A context manager: started on entry, stopped
    on exit. ``violations`` lists what requests sent that the description does not allow;
    ``check()`` raises them.

    >>> with FakeIBL() as fake, fake.client() as ibl:
    ...     account = {**fake.sample("account_retrieve"), "has_credits": False}
    ...     _ = fake.on("account_retrieve").respond(account)
    ...     assert ibl.account.account_retrieve().has_credits is False
    ...     ibl.account.account_retrieve(extra_query={"plaform_key": "acme"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ibl_client._errors.BadRequestError: account_retrieve: 400 ...: the fake refused the request: ...
    >>> [str(violation) for violation in fake.take_violations()]
    ["account_retrieve: query.plaform_key = 'acme': no such query parameter"]
    """

    def __init__(self, description: Description | str | Any | None = None) -> None:
        if description is None:
            description = Description.own()
        elif not isinstance(description, Description):
            description = Description.load(description)
        self.description = description
        self.calls: list[RecordedCall] = []
        self.violations: list[Violation] = []
        #: Answers a request for a path the description lacks (None: 404 and a violation);
        #: called with the recorded call, returns a Reply, a body, or None for the default.
        self.fallback: Callable[[RecordedCall], Any] | None = None
        #: Whether a request that does not fit is refused with 400 naming each violation (the
        #: default), or answered as its operation all the same (the violations still recorded):
        #: for a test of the escape hatches for what the description lacks (``extra_query``).
        self.refuse_violations = True
        self._routes: dict[str, Route] = {}
        self._samples: dict[str, tuple[int, str | None, bytes]] = {}
        self._sampler = SchemaSampler(description.resolve, optional=True, for_request=False)
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    # --- running ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL to give a client."""
        if self._httpd is None:
            raise RuntimeError("the fake is not running: use `with FakeIBL() as fake:`")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> FakeIBL:
        if self._httpd is not None:
            raise RuntimeError("the fake is already running")
        self._stopping.clear()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _endpoint(self))
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False  # a kept-alive connection must not hold up stop()
        # Polled every 20 ms for ``stop``: the default half second would be each test's teardown.
        serve = functools.partial(self._httpd.serve_forever, poll_interval=0.02)
        threading.Thread(target=serve, name="FakeIBL", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving; a latency being waited out ends now."""
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd = None

    def __enter__(self) -> FakeIBL:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- clients ---------------------------------------------------------------------------

    def client(self, **options: Any) -> SyncAPIClient:
        """A ``Client`` on the fake, with a fake API key and retries that do not wait (a
        ``Retry-After`` the fake sends is still honoured); ``options`` override either."""
        from .. import Client

        return Client(**self._client_options(options))

    def async_client(self, **options: Any) -> AsyncAPIClient:
        """An ``AsyncClient`` on the fake (``backend=`` chooses aiohttp or httpx)."""
        from .. import AsyncClient

        return AsyncClient(**self._client_options(options))

    def _client_options(self, options: dict[str, Any]) -> dict[str, Any]:
        from .. import RetryPolicy

        fast = RetryPolicy(wait_initial=0, wait_max=0, wait_jitter=0)
        return {"api_key": FAKE_API_KEY, "base_url": self.url, "retry": fast, **options}

    # --- answers ---------------------------------------------------------------------------

    def on(self, operation: Any) -> Route:
        """The answers of one operation, named by its id, by the SDK method that calls it
        (``ibl.core.core_orgs_list``, async or sync, a ``_detailed``/``_iter`` form too), by
        its module, or ``EVERY``."""
        key = self._operation_id(operation)
        with self._lock:
            route = self._routes.get(key)
            if route is None:
                route = self._routes[key] = Route(self, key)
            return route

    def sample(self, operation: Any) -> Any:
        """A fresh copy of the JSON answer the fake gives ``operation`` by default (sampled
        from its first 2xx response), to change in a test: ``{**fake.sample(op), "name": ..}``.
        None when that answer has no JSON body."""
        op = self.description.by_id[self._operation_id(operation)]
        _status, media, body = self._sample(op)
        return json.loads(body) if media and is_json(media) and body else None

    def reset(self) -> None:
        """Forget the calls, the violations and every answer set."""
        with self._lock:
            self.calls.clear()
            self.violations.clear()
            self._routes.clear()

    def take_violations(self) -> list[Violation]:
        """The violations so far, forgotten: a test that expects them asserts on these."""
        with self._lock:
            taken = list(self.violations)
            self.violations.clear()
            return taken

    def check(self) -> None:
        """Raise ``FakeViolationError`` if a request did not fit the description."""
        if self.violations:
            raise FakeViolationError(list(self.violations))

    def _operation_id(self, operation: Any) -> str:
        if isinstance(operation, str):
            if operation != EVERY and operation not in self.description.by_id:
                raise KeyError(f"{operation!r}: the description has no operation of that id")
            return operation
        from .._operation import operation_module

        descriptor = getattr(operation, "OPERATION", None)  # an operation module
        if descriptor is None and callable(operation):
            module = operation_module(operation)
            descriptor = getattr(module, "OPERATION", None)
        if descriptor is None and hasattr(operation, "id") and hasattr(operation, "path"):
            descriptor = operation  # the layer's Operation descriptor itself
        if descriptor is None:
            raise TypeError(
                f"{operation!r} is no operation: give an operation id, an SDK method "
                "(ibl.<group>.<method>) or EVERY"
            )
        return self._operation_id(str(descriptor.id))

    def _sample(self, op: Operation) -> tuple[int, str | None, bytes]:
        """The operation's status, media type and sampled body, made once."""
        sample = self._samples.get(op.id)
        if sample is None:
            status, media, schema = op.success()
            if media is None:
                body = b""
            elif is_json(media):
                body = json.dumps(self._sampler.sample(schema)).encode()
            else:
                body = b"sample"
            sample = self._samples[op.id] = (status, media, body)
        return sample

    def _answer(self, request: _Request) -> tuple[RecordedCall, Reply]:
        """Route, check, choose the answer and record the call (under the lock: the calls and
        the once-answers keep the order requests came in)."""
        url = urlsplit(request.target)
        query = tuple(parse_qsl(url.query, keep_blank_values=True))
        headers = {
            name: value for name, value in request.headers.items() if name not in SECRET_HEADERS
        }
        sent = _decode_body(request, url.path, query)
        candidates = self.description.route(request.method, url.path)
        with self._lock:
            if not candidates:
                call = _record(None, request, url.path, {}, sent, headers)
                reply = self._fallback(call)
                if reply is None:
                    violation = Violation(
                        f"{request.method} {url.path}", "path", url.path, "no such operation"
                    )
                    self.violations.append(violation)
                    reply = Reply(NOT_FOUND, 404)
                    call = attrs.evolve(call, violations=(violation,))
            else:
                op, path_params, violations = _best(self.description, candidates, sent)
                sent = attrs.evolve(sent, path_params=path_params)
                self.violations += violations
                call = _record(op.id, request, url.path, path_params, sent, headers)
                call = attrs.evolve(call, violations=tuple(violations))
                reply = self._chosen(op, call, violations)
            status = None if reply.drop else reply.status
            call = attrs.evolve(call, status=status, delay=reply.delay)
            self.calls.append(call)
        return call, reply

    def _chosen(self, op: Operation, call: RecordedCall, violations: list[Violation]) -> Reply:
        if violations and self.refuse_violations:
            detail = "; ".join(str(v) for v in violations)
            return Reply({"detail": f"the fake refused the request: {detail}"}, 400)
        own, every = self._routes.get(op.id), self._routes.get(EVERY)
        # A once-answer first (the operation's, then every operation's); then a standing one
        # for every operation (an outage), then the operation's own.
        answer = (
            (own._take(False) if own else None)
            or (every._take(True) if every else None)
            or (own._take(True) if own else None)
        )
        status, media, sample = self._sample(op)
        if answer is None:
            return Reply(sample, status, {"Content-Type": media} if media else {})
        if callable(answer) and not isinstance(answer, Reply):
            value = json.loads(sample) if media and is_json(media) and sample else None
            made = answer(call, value)
            answer = made if isinstance(made, Reply) else Reply(made)
        body = sample if answer.body is SAMPLE else answer.body
        headers = dict(answer.headers)
        if media and answer.body is SAMPLE:
            headers.setdefault("Content-Type", media)
        return attrs.evolve(answer, body=body, status=answer.status or status, headers=headers)

    def _fallback(self, call: RecordedCall) -> Reply | None:
        if self.fallback is None:
            return None
        made = self.fallback(call)
        if made is None or isinstance(made, Reply):
            return made
        return Reply(made, 200)


def _best(
    description: Description, candidates: list[tuple[Operation, dict[str, str]]], sent: Sent
) -> tuple[Operation, dict[str, str], list[Violation]]:
    """The first candidate whose path parameters fit (as the API's router tries its routes in
    order), with the request's violations; the first candidate's when none fits."""
    checked = []
    for op, path_params in candidates:
        violations = check_request(description, op, attrs.evolve(sent, path_params=path_params))
        if not any(v.field.startswith("path.") for v in violations):
            return op, path_params, violations
        checked.append((op, path_params, violations))
    return checked[0]


@attrs.frozen
class _Request:
    method: str
    target: str
    headers: Mapping[str, str]  # lower-case names
    content: bytes


def _decode_body(request: _Request, path: str, query: tuple[tuple[str, str], ...]) -> Sent:
    kind = request.headers.get("content-type", "")
    media = kind.split(";", 1)[0].strip().lower() or None
    base = Sent({}, query, request.headers, media if request.content else None)
    if not request.content:
        return base
    try:
        if media is None or is_json(media):
            return attrs.evolve(base, media=media or "application/json", json=_json(request))
        if media == "multipart/form-data":
            return attrs.evolve(base, form=_multipart(kind, request.content))
        if media == "application/x-www-form-urlencoded":
            fields = dict(parse_qsl(request.content.decode("utf-8"), keep_blank_values=True))
            return attrs.evolve(base, form=fields)
    except ValueError as exc:
        return attrs.evolve(base, body_error=f"not {media}: {exc}")
    return base


def _json(request: _Request) -> Any:
    return json.loads(request.content)


def _multipart(kind: str, content: bytes) -> dict[str, str]:
    head = f"Content-Type: {kind}\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + content)
    if not message.is_multipart():
        raise ValueError("no parts")
    fields: dict[str, str] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        fields[str(name)] = filename if filename else str(part.get_content()).strip()
    return fields


def _record(
    operation_id: str | None,
    request: _Request,
    path: str,
    path_params: Mapping[str, str],
    sent: Sent,
    headers: Mapping[str, str],
) -> RecordedCall:
    return RecordedCall(
        operation_id=operation_id,
        method=request.method,
        path=path,
        path_params=dict(path_params),
        query=dict(sent.query),
        query_list=sent.query,
        headers=headers,
        json=sent.json,
        form=sent.form,
        content=request.content,
    )


def _body_bytes(body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if hasattr(body, "to_dict"):
        body = body.to_dict()
    elif isinstance(body, list):
        body = [item.to_dict() if hasattr(item, "to_dict") else item for item in body]
    return json.dumps(body).encode()


def _endpoint(fake: FakeIBL) -> type[BaseHTTPRequestHandler]:
    class Endpoint(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The head and the body leave in one write (the handler flushes after each request):
        # written apart, the client's delayed ACK holds the body back ~40 ms per answer.
        wbufsize = -1
        disable_nagle_algorithm = True

        def handle_any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            request = _Request(
                self.command,
                self.path,
                {name.lower(): value for name, value in self.headers.items()},
                self.rfile.read(length),
            )
            _call, reply = fake._answer(request)
            if reply.delay:
                fake._stopping.wait(reply.delay)  # ends early when the fake stops
            if reply.drop:
                self.close_connection = True
                return
            assert reply.status is not None
            # No body on a 204 or 304, nor to a HEAD, whatever the description's sample says: the
            # client would read it as the start of the next answer on the connection.
            bodiless = reply.status in (204, 304) or self.command == "HEAD"
            body = b"" if bodiless else _body_bytes(reply.body)
            self.send_response(reply.status)
            headers = {name.lower(): value for name, value in reply.headers.items()}
            if body and "content-type" not in headers:
                self.send_header("Content-Type", "application/json")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.status != 204:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(ConnectionError):  # a client that gave up waiting
                self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any
        do_HEAD = do_OPTIONS = do_TRACE = handle_any

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the calls are recorded; a test's output stays its own

    return Endpoint
