"""debug=True lowers the ibl_client logger's level; each record is written once whatever the
application's logging set-up, before or after the client is made (issue 18)."""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from collections.abc import Iterator

from ibl_client import Client

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
