"""The server's request id: on every Response, on errors, and reachable from a parsed model."""

from __future__ import annotations

import gc

import httpx
import pytest

from ibl_client import Client, NotFoundError, Response, request_id_of
from ibl_client._errors import request_id_from
from ibl_client._operation import Operation
from ibl_client._response import _REQUEST_IDS

from . import fake_operation as op
from .fake_operation import COURSE
from .server import ScriptedServer, reply


@pytest.mark.parametrize("header", ["X-Request-Id", "Request-Id", "X-Correlation-Id"])
def test_every_response_and_its_model_carry_the_request_id(
    header: str, server: ScriptedServer
) -> None:
    server.then(reply(200, COURSE, headers={header: "req-1"}), reply(200, COURSE))
    with Client(api_key="k", base_url=server.url) as ibl:
        response = op.sync_detailed(client=ibl)
        course = op.sync(client=ibl)  # no id sent this time
    assert response.request_id == "req-1"
    assert request_id_of(response.parsed) == "req-1"
    assert request_id_of(course) is None
    assert request_id_of(object()) is None


def test_errors_carry_the_same_request_id(server: ScriptedServer) -> None:
    server.then(reply(404, {"detail": "no"}, headers={"X-Request-Id": "req-404"}))
    with Client(api_key="k", base_url=server.url) as ibl:
        response = op.sync_detailed(client=ibl)
        with pytest.raises(NotFoundError) as info:
            response.unwrap()
    assert response.request_id == info.value.request_id == "req-404"


def test_a_model_s_entry_goes_with_the_model() -> None:
    def parse(response: httpx.Response) -> op.Course:
        return op.Course.from_dict(response.json())

    http = httpx.Client(
        transport=httpx.MockTransport(
            lambda r: httpx.Response(200, json=COURSE, headers={"x-request-id": "r"})
        )
    )
    before = len(_REQUEST_IDS)
    with Client(api_key="k", http_client=http) as ibl:
        response: Response[op.Course] = ibl._send(Operation("op", "GET", "/", parse), {"url": "/"})
    assert request_id_of(response.parsed) == "r" and len(_REQUEST_IDS) == before + 1
    del response
    gc.collect()
    assert len(_REQUEST_IDS) == before


def test_a_plain_json_result_has_no_entry() -> None:
    http = httpx.Client(
        transport=httpx.MockTransport(
            lambda r: httpx.Response(200, json=[1, 2], headers={"x-request-id": "r"})
        )
    )
    with Client(api_key="k", http_client=http) as ibl:
        response: Response[list[int]] = ibl._send(
            Operation("op", "GET", "/", lambda r: r.json()), {"url": "/"}
        )
    assert (response.request_id, request_id_of(response.parsed)) == ("r", None)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([("Date", "x"), ("Server", "y")], None),
        ([("X-Correlation-Id", "c"), ("Request-ID", "b")], "b"),  # the list's order decides
        ([("x-amzn-requestid", "a"), ("X-REQUEST-ID", "r")], "r"),
        ([("X-Request-Id", "r1"), ("x-request-id", "r2")], "r1, r2"),  # joined, as httpx does
        ([("X-Request-Id-Extra", "no"), ("Request-Id", "yes")], "yes"),  # whole names only
    ],
)
def test_the_request_id_is_the_first_listed_name_present(
    lines: list[tuple[str, str]], expected: str | None
) -> None:
    assert request_id_from(httpx.Headers(lines)) == expected
    # The same lines as a server sends them (bytes, one not ASCII): the value as httpx reads it.
    raw = httpx.Headers([(n.encode(), v.encode()) for n, v in lines] + [(b"X-Name", b"Zo\xeb")])
    assert request_id_from(raw) == expected
