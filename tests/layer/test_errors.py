"""The error builders: which class each failure gets, what its message says, what it carries.

Each builder is given an httpx request or response made here, so every fact it reports (the
operation id, method, redacted URL, status, retries, request id) is known to the test."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)
from ibl_client._errors import (
    ChatClosedError,
    ChatStreamError,
    ChatTimeoutError,
    RequestValidationError,
    TaskFailedError,
    WaitTimeoutError,
    closed_error,
    connection_error,
    from_root,
    loop_error,
    request_id_from,
    status_error,
    validation_error,
)

URL = "https://u:pw@h.example/api/courses/?token=tk&page=2"
CLEAN = "https://REDACTED@h.example/api/courses/?token=REDACTED&page=2"


def answer(status: int, method: str = "GET", **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request(method, URL), **kwargs)


# -- connection errors --------------------------------------------------------------------


def test_a_refused_connection() -> None:
    request = httpx.Request("POST", URL)
    error = connection_error(
        httpx.ConnectError("refused"), request, operation_id="courses_create", retries=0
    )
    assert type(error) is APIConnectionError
    assert str(error) == f"courses_create: POST {CLEAN} failed (ConnectError: refused)"
    assert (error.operation_id, error.method, error.url, error.retries) == (
        "courses_create",
        "POST",
        CLEAN,
        0,
    )


def test_a_timeout_after_retries_within_a_deadline() -> None:
    request = httpx.Request("GET", URL)
    error = connection_error(
        httpx.ReadTimeout(""), request, operation_id="courses_list", retries=2, deadline=7.5
    )
    assert type(error) is APITimeoutError
    assert str(error) == (
        f"courses_list: GET {CLEAN} timed out (ReadTimeout: no detail) after 2 retries"
        " (deadline 7.5s)"
    )
    assert error.retries == 2


def test_a_deadline_is_only_named_for_a_timeout() -> None:
    request = httpx.Request("GET", URL)
    error = connection_error(
        httpx.ConnectError("reset"), request, operation_id="op", retries=1, deadline=3.0
    )
    assert str(error) == f"op: GET {CLEAN} failed (ConnectError: reset) after 1 retries"


def test_a_closed_client() -> None:
    error = closed_error(httpx.Request("DELETE", URL), operation_id="courses_destroy")
    assert type(error) is ClientClosedError
    assert str(error).startswith(f"courses_destroy: DELETE {CLEAN} not sent: the client was closed")
    assert str(error).endswith(
        "not sent: the client was closed (by aclose(), close() or the end of its with block); "
        "make the client once and close it when the application stops, or make a new one"
    )
    assert (error.operation_id, error.method, error.url, error.retries) == (
        "courses_destroy",
        "DELETE",
        CLEAN,
        0,
    )


def test_a_pool_of_another_loop() -> None:
    error = loop_error(
        RuntimeError("Event loop is closed"), httpx.Request("GET", URL), operation_id="op"
    )
    assert type(error) is APIConnectionError
    assert str(error).startswith(f"op: GET {CLEAN} failed (RuntimeError: Event loop is closed): ")
    assert "make the http_client= inside the loop that uses it" in str(error)
    assert (error.operation_id, error.method, error.url, error.retries) == ("op", "GET", CLEAN, 0)


# -- status errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (599, ServerError),
        (402, APIStatusError),
        (418, APIStatusError),
        (499, APIStatusError),
    ],
)
def test_each_status_gets_its_class(status: int, cls: type[APIStatusError]) -> None:
    assert type(status_error(answer(status), operation_id="op", retries=0)) is cls


def test_a_status_error_carries_the_answer() -> None:
    response = answer(
        404,
        "PATCH",
        json={"detail": "Not found."},
        headers={"X-Request-Id": "req-1", "Set-Cookie": "sid=s3"},
    )
    error = status_error(response, operation_id="courses_update", retries=3)
    assert str(error) == (
        f"courses_update: 404 Not Found from PATCH {CLEAN}: Not found. (after 3 retries)"
    )
    assert (error.operation_id, error.method, error.url, error.retries) == (
        "courses_update",
        "PATCH",
        CLEAN,
        3,
    )
    assert error.status_code == 404
    assert error.body == {"detail": "Not found."}
    assert error.response is response
    assert error.request_id == "req-1"
    assert error.headers["set-cookie"] == "REDACTED"
    assert error.headers["x-request-id"] == "req-1"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"json": {"detail": "Invalid token."}}, ": Invalid token."),
        (
            {"json": {"name": ["This field is required."]}},
            ": {'name': ['This field is required.']}",
        ),
        ({"json": {"detail": ["a", "list"]}}, ": {'detail': ['a', 'list']}"),
        ({"json": [1, 2]}, ": [1, 2]"),
        ({"text": "upstream down"}, ": upstream down"),
        ({"content": b"\xff\xfe"}, ": b'\\xff\\xfe'"),
        ({}, ""),
    ],
)
def test_the_message_gives_drf_detail_else_the_body(body: dict[str, Any], detail: str) -> None:
    error = status_error(answer(400, **body), operation_id="op", retries=0)
    assert str(error) == f"op: 400 Bad Request from GET {CLEAN}{detail}"


def test_a_long_body_is_cut_at_300_characters() -> None:
    text = "x" * 299 + "yz"
    error = status_error(answer(500, text=text), operation_id="op", retries=0)
    assert str(error).endswith(": " + "x" * 299 + "y…")
    exact = status_error(answer(500, text=text[:300]), operation_id="op", retries=0)
    assert str(exact).endswith(": " + text[:300])
    # A JSON body without DRF's detail is shown as Python writes it, cut the same way.
    numbers = list(range(1000, 1100))
    error = status_error(answer(400, json=numbers), operation_id="op", retries=0)
    assert str(error).endswith(": " + repr(numbers)[:300] + "…")


# -- request ids --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id"]
)
def test_each_request_id_header_is_read(name: str) -> None:
    assert request_id_from(httpx.Headers({name: "r-9"})) == "r-9"


def test_the_first_request_id_header_wins_and_none_without_one() -> None:
    both = httpx.Headers({"X-Correlation-Id": "late", "X-Request-Id": "first"})
    assert request_id_from(both) == "first"
    assert request_id_from(httpx.Headers({"X-Trace": "t"})) is None


# -- field errors and validation errors -----------------------------------------------------


def test_a_field_error_names_its_path() -> None:
    error = FieldError(("results", 3, "owner"), "an object", [1])
    assert error.location == "results[3].owner"
    assert str(error) == "results[3].owner: expected an object, got list [1]"
    assert str(error) == error.args[0]
    assert FieldError("name", "a string", 5).path == ("name",)
    assert FieldError((), "an object", 5).location == "body"
    assert str(FieldError(("a",), "<missing>")) == "a: required field missing"
    assert str(FieldError(("a",), "a string", None)) == "a: expected a string, got null"


def test_a_long_value_is_cut_in_the_message() -> None:
    long = "v" * 100
    assert str(FieldError(("a",), "an int", long)).endswith("got str '" + "v" * 76 + "...")
    fits = "v" * 78  # its repr is 80 characters
    assert str(FieldError(("a",), "an int", fits)).endswith(f"got str '{fits}'")
    over = "v" * 79  # its repr is 81 characters
    assert str(FieldError(("a",), "an int", over)).endswith("got str '" + "v" * 76 + "...")


def test_from_root_drops_the_generator_s_name_of_the_body() -> None:
    for root in ("response_200", "response_2XX", "response_default"):
        assert from_root(FieldError((root, "results", 0), "x", 1)).path == ("results", 0)
    kept = FieldError(("response_2000", "a"), "x", 1)
    assert from_root(kept) is kept
    indexed = FieldError((0, "a"), "x", 1)
    assert from_root(indexed) is indexed
    assert from_root(FieldError((), "x", 1)).path == ()


def test_a_validation_error_for_a_field() -> None:
    # After a 303 the answered request is a GET: the error names it, not the POST first sent.
    answered = httpx.Request("GET", URL)
    response = httpx.Response(200, request=answered, content=b'{"id": "x"}')
    field = FieldError(("response_200", "id"), "an int", "x")
    error = validation_error(field, response, operation_id="courses_create", retries=1)
    assert type(error) is ResponseValidationError
    assert str(error) == (
        f"courses_create: the 200 response to GET {CLEAN} does not match its declared schema "
        "at id: expected an int, got str 'x'"
    )
    assert (error.method, error.url, error.retries, error.path) == ("GET", CLEAN, 1, "id")
    assert (error.status_code, error.content) == (200, b'{"id": "x"}')
    assert isinstance(error.error, FieldError)
    assert error.error.path == ("id",)


def test_a_validation_error_for_a_body_that_is_not_json() -> None:
    response = answer(201, content=b"{broken")
    cause = ValueError("Expecting value")
    error = validation_error(cause, response, operation_id="op", retries=0)
    assert str(error) == (
        f"op: the 201 response to GET {CLEAN} does not match its declared schema"
        " (ValueError: Expecting value)"
    )
    assert error.path is None
    assert error.error is cause
    assert error.operation_id == "op"


# -- errors raised outside the request path -------------------------------------------------


@pytest.mark.parametrize("cls", [ChatStreamError, ChatClosedError, ChatTimeoutError])
def test_a_chat_cut_short_keeps_what_was_received(cls: type[ChatStreamError]) -> None:
    error = cls("cut", operation_id="chat", method="GET", url="wss://h/ws/", received="Hel")
    assert isinstance(error, APIConnectionError)
    assert (str(error), error.operation_id, error.method, error.url) == (
        "cut",
        "chat",
        "GET",
        "wss://h/ws/",
    )
    assert (error.received, error.retries) == ("Hel", 0)
    assert isinstance(error, APITimeoutError) == (cls is ChatTimeoutError)


def test_the_waiters_and_request_validation_errors_carry_their_facts() -> None:
    last = {"status": "Running"}
    wait = WaitTimeoutError("late", what="task t1", polls=4, waited=12.5, last=last)
    assert isinstance(wait, TimeoutError)
    assert (str(wait), wait.what, wait.polls, wait.waited, wait.last) == (
        "late",
        "task t1",
        4,
        12.5,
        last,
    )
    failed = TaskFailedError("failed", what="task t1", status="Failed", last=last)
    assert (str(failed), failed.what, failed.status, failed.last) == (
        "failed",
        "task t1",
        "Failed",
        last,
    )
    invalid = RequestValidationError("bad body", operation_id="op", path="owner.email")
    assert isinstance(invalid, TypeError) and not isinstance(invalid, APIError)
    assert (str(invalid), invalid.operation_id, invalid.path) == ("bad body", "op", "owner.email")
