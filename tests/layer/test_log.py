"""debug=True lowers the ibl_client logger's level; each record is written once whatever the
application's logging set-up, before or after the client is made (issue 18)."""

from __future__ import annotations

import contextlib
import datetime
import io
import logging
import re
import sys
from collections.abc import Iterator

import httpx
import pytest

from ibl_client import Client, _log
from ibl_client._log import enable_debug

from .server import ScriptedServer

LIBRARY = logging.getLogger("ibl_client")


class Records(logging.Handler):
    """The application's own handler: the records it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def bare_logging() -> Iterator[io.StringIO]:
    """No handler anywhere (pytest's own, added for each test's call, are set aside), and
    ibl_client's level and handlers restored afterwards; stderr is the StringIO yielded."""
    root = logging.getLogger()
    saved = (root.handlers[:], LIBRARY.handlers[:], LIBRARY.level, sys.stderr)
    root.handlers, LIBRARY.handlers = [], []
    sys.stderr = stderr = io.StringIO()
    try:
        yield stderr
    finally:
        root.handlers, LIBRARY.handlers, sys.stderr = saved[0], saved[1], saved[3]
        LIBRARY.setLevel(saved[2])


def one_call(server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=server.url, debug=True) as ibl:
        ibl.request("GET", "/api/ping/")


def ours(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.name == "ibl_client"]


def test_with_the_applications_handler_each_record_is_written_once(
    server: ScriptedServer,
) -> None:
    with bare_logging() as stderr:
        app = Records()
        logging.getLogger().addHandler(app)  # what logging.basicConfig does
        one_call(server)
        assert LIBRARY.handlers == []  # no second handler
        assert LIBRARY.level == logging.DEBUG
    assert len(ours(app.records)) == 2  # the request and its response, once each
    assert stderr.getvalue() == ""


def test_configured_after_the_client_each_record_is_written_once(
    server: ScriptedServer,
) -> None:
    with bare_logging() as stderr, Client(api_key="k", base_url=server.url, debug=True) as ibl:
        ibl.request("GET", "/api/ping/")  # nothing configured yet: to stderr
        written = stderr.getvalue().count("ibl_client DEBUG")
        app = Records()
        logging.getLogger().addHandler(app)  # the application configures logging now
        ibl.request("GET", "/api/ping/")
    assert written == 2
    assert stderr.getvalue().count("ibl_client DEBUG") == 2  # ours stepped aside
    assert len(ours(app.records)) == 2


def test_no_handler_unless_asked(server: ScriptedServer) -> None:
    with bare_logging() as stderr:
        with Client(api_key="k", base_url=server.url) as ibl:
            ibl.request("GET", "/api/ping/")
        assert LIBRARY.handlers == []
    assert stderr.getvalue() == ""


def test_with_propagation_off_our_handler_still_writes(server: ScriptedServer) -> None:
    # The application's handler on the root never sees ibl_client's records when the library
    # logger does not propagate, so ours must not step aside for it.
    with bare_logging() as stderr:
        app = Records()
        logging.getLogger().addHandler(app)
        LIBRARY.propagate = False
        try:
            with Client(api_key="k", base_url=server.url) as ibl:
                enable_debug()
                ibl.request("GET", "/api/ping/")
        finally:
            LIBRARY.propagate = True
    assert ours(app.records) == []
    assert stderr.getvalue().count("ibl_client DEBUG") == 2


def test_stderr_lines_carry_time_logger_level_and_message(server: ScriptedServer) -> None:
    with bare_logging() as stderr:
        one_call(server)
    lines = stderr.getvalue().splitlines()
    assert len(lines) == 2
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}"
    assert re.fullmatch(rf"{stamp} ibl_client DEBUG \S+: GET {server.url}/api/ping/", lines[0])
    assert re.fullmatch(
        rf"{stamp} ibl_client DEBUG \S+: GET {server.url}/api/ping/ -> .*", lines[1]
    )


SECRET_URL = "https://u:pw@h.example/api/c/?token=tk&page=2"
CLEAN_URL = "https://REDACTED@h.example/api/c/?token=REDACTED&page=2"


class Captured:
    """ibl_client's records of the running test (caplog's list is a new one in each phase)."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog

    def __iter__(self) -> Iterator[logging.LogRecord]:
        return iter(self.caplog.records)


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> Captured:
    caplog.set_level(logging.DEBUG, logger="ibl_client")
    return Captured(caplog)


def test_the_request_line(records: Captured) -> None:
    _log.request_sent("courses_list", httpx.Request("PATCH", SECRET_URL))
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.DEBUG, f"courses_list: PATCH {CLEAN_URL}")
    ]


def test_the_response_line(records: Captured) -> None:
    request = httpx.Request("POST", SECRET_URL, headers={"Authorization": "Token tk"})
    response = httpx.Response(201, request=request, headers={"Set-Cookie": "sid=1"})
    response.elapsed = datetime.timedelta(milliseconds=250)
    _log.response_received("courses_create", response, 2)
    [record] = list(records)
    assert record.levelno == logging.DEBUG
    message = record.getMessage()
    assert message.startswith(f"courses_create: POST {CLEAN_URL} -> 201 in 0.250s (retries=2) ")
    assert "request headers={'Host': 'h.example', " in message
    assert "'Authorization': 'REDACTED'} response headers=" in message
    assert message.endswith(" response headers={'Set-Cookie': 'REDACTED'}")


def test_the_retry_lines(records: Captured) -> None:
    request = httpx.Request("GET", SECRET_URL)
    _log.retrying(request, 2, 3, 1.5, "503 Service Unavailable")
    _log.not_retrying(request, "the deadline has passed")
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (
            logging.INFO,
            f"Retrying GET {CLEAN_URL} in 1.50s (retry 2 of 3) after 503 Service Unavailable",
        ),
        (logging.WARNING, f"Not retrying GET {CLEAN_URL}: the deadline has passed"),
    ]


def test_third_party_records_are_redacted_and_others_left_alone(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="httpcore.http11")
    third_party = logging.getLogger("httpcore.http11")
    third_party.debug("receive_response_headers.complete return_value=%s", "(b'HTTP/1.1', 200)")
    third_party.debug("headers=[(b'Set-Cookie', b'sid=abc'), (b'Link', b'<%s>')]", SECRET_URL)
    assert [r.getMessage() for r in caplog.records] == [
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 200)",
        f"headers=[(b'Set-Cookie', b'REDACTED'), (b'Link', b'<{CLEAN_URL}>')]",
    ]


def test_protecting_third_party_loggers_is_idempotent() -> None:
    target = logging.getLogger("httpx")
    saved = target.filters[:]
    try:
        target.filters = [f for f in saved if not isinstance(f, _log._RedactThirdParty)]
        _log._protect_third_party_loggers()
        _log._protect_third_party_loggers()  # a re-import adds no second filter
        assert [type(f) for f in target.filters].count(_log._RedactThirdParty) == 1
    finally:
        target.filters = saved
