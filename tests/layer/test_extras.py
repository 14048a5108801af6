"""How the per-call extras merge into an operation's request arguments (ibl_client/_extras.py),
and how a body without a schema is decoded (ibl_client/_body.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from support.clients import SECRET

from ibl_client import AsyncClient, ConfigurationError, File
from ibl_client._body import decode
from ibl_client._extras import merge, timeout_of

from . import fake_operation
from .server import ScriptedServer

GET: dict[str, Any] = {"method": "get", "url": "/api/x/", "params": {"page": 1}}


def merged(kwargs: dict[str, Any], **extras: Any) -> dict[str, Any]:
    given = {"extra_query": None, "extra_headers": None, "extra_body": None, **extras}
    return merge(kwargs, **given)


def test_nothing_extra_changes_nothing() -> None:
    assert merged(GET) == GET


def test_extras_win_over_the_operation_and_leave_it_untouched() -> None:
    kwargs = {**GET, "headers": {"Accept": "a"}, "json": {"name": "n", "size": 1}}
    out = merged(
        kwargs,
        extra_query={"page": 2, "q": "x"},
        extra_headers={"Accept": "b"},
        extra_body={"size": 2, "new": True},
    )
    assert out["params"] == {"page": 2, "q": "x"}
    assert out["headers"] == {"Accept": "b"}
    assert out["json"] == {"name": "n", "size": 2, "new": True}
    assert kwargs["json"] == {"name": "n", "size": 1}


def test_extra_body_without_a_body_is_sent_as_json() -> None:
    assert merged(GET, extra_body={"a": 1})["json"] == {"a": 1}


def test_extra_body_replaces_multipart_parts_of_the_same_name() -> None:
    files = [("name", (None, b"old", "text/plain")), ("file", ("f.pdf", b"%PDF", None))]
    out = merged({**GET, "files": files}, extra_body={"name": "new", "n": 3, "blob": b"\x00"})
    assert out["files"] == [
        ("file", ("f.pdf", b"%PDF", None)),
        ("name", (None, b"new", "text/plain")),
        ("n", (None, b"3", "text/plain")),
        ("blob", ("blob", b"\x00", "application/octet-stream")),
    ]


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"content": b"raw"}, "raw body"),
        ({"json": [1, 2]}, "JSON list, not an object"),
    ],
)
def test_extra_body_that_cannot_merge_is_a_configuration_error(
    kwargs: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        merged({**GET, **kwargs}, extra_body={"a": 1})


def test_per_call_timeouts() -> None:
    assert timeout_of(None) == httpx.Timeout(None)
    assert timeout_of(2) == httpx.Timeout(2.0)
    with pytest.raises(ConfigurationError, match="timeout"):
        timeout_of(0)


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b'{"a": [1]}', {"a": [1]}),
        ("application/problem+json", b"[]", []),
        ("", b"12", 12),
        ("", b"plain words", "plain words"),
        ("application/json", b"not json", "not json"),
        ("text/csv; charset=utf-8", b"a,b\n1,2\n", "a,b\n1,2\n"),
        ("application/octet-stream", b"\x00\x01", b"\x00\x01"),
        ("", b"\xff\xfe", b"\xff\xfe"),
        ("application/json", b"", None),
    ],
)
def test_decode_keeps_whatever_was_sent(content_type: str, body: bytes, expected: Any) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    assert decode(httpx.Response(200, content=body, headers=headers)) == expected


def _tenants_sent(send: Any) -> list[list[tuple[str, str]]]:
    """Each request's ``x-tenant`` headers, any case, as they went out, for ``send(client)``."""
    seen: list[list[tuple[str, str]]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        pairs = [(k.decode(), v.decode()) for k, v in request.headers.raw]
        seen.append([(k.lower(), v) for k, v in pairs if k.lower() == "x-tenant"])
        return httpx.Response(200, json={})

    from ibl_client import Client

    with Client(
        api_key="k",
        base_url="https://api.test",
        headers={"X-Tenant": "client"},
        transport=httpx.MockTransport(answer),
    ) as ibl:
        send(ibl)
    return seen


@pytest.mark.parametrize(
    "cookies", [False, True], ids=["short way", "httpx's build_request (cookie jar)"]
)
def test_a_call_header_replaces_the_clients_whatever_its_case(cookies: bool) -> None:
    def send(ibl: Any) -> None:
        if cookies:
            ibl._http.cookies.set("c", "1", domain="api.test")
        ibl.request("GET", "/api/x/", headers={"x-tenant": "call"})
        ibl.with_options(headers={"x-TENANT": "derived"}).request("GET", "/api/x/")

    assert _tenants_sent(send) == [[("x-tenant", "call")], [("x-tenant", "derived")]]


def test_extra_query_and_headers_add_to_the_operation_s_own() -> None:
    kwargs = {**GET, "headers": {"Accept": "a"}}
    out = merged(kwargs, extra_query={"q": "x"}, extra_headers={"X-New": "n"})
    assert out["params"] == {"page": 1, "q": "x"}
    assert out["headers"] == {"Accept": "a", "X-New": "n"}
    bare = {"method": "get", "url": "/api/x/"}
    assert merged(bare, extra_query={"q": "x"}, extra_headers={"X-New": "n"}) == {
        **bare,
        "params": {"q": "x"},
        "headers": {"X-New": "n"},
    }


def test_extra_body_adds_to_a_form() -> None:
    out = merged({**GET, "data": {"a": "1", "b": "2"}}, extra_body={"b": "3", "c": "4"})
    assert out["data"] == {"a": "1", "b": "3", "c": "4"}
    assert "json" not in out and "files" not in out


def test_the_refusals_say_what_to_do_instead() -> None:
    use_request = "use client.request(...) to send a different body"
    with pytest.raises(ConfigurationError) as raw:
        merged({**GET, "content": b"raw"}, extra_body={"a": 1})
    assert str(raw.value) == (
        f"extra_body: this operation sends a raw body, which has no fields to add to; {use_request}"
    )
    with pytest.raises(ConfigurationError) as listed:
        merged({**GET, "json": [1, 2]}, extra_body={"a": 1})
    assert str(listed.value) == (
        f"extra_body: this operation sends a JSON list, not an object; {use_request}"
    )
    # A file cannot turn a raw body into parts either: the raw body's refusal, not a crash.
    with pytest.raises(ConfigurationError, match="sends a raw body"):
        merged({**GET, "content": b"raw"}, extra_body={"file": b"\x00"})
    with pytest.raises(ConfigurationError) as file_in_list:
        merged({**GET, "json": ["a"]}, extra_body={"file": b"\x00"})
    assert str(file_in_list.value) == (
        "extra_body: a file cannot be added to this operation's JSON list; "
        "use client.request(..., files=...) to send a different body"
    )


LOGO = File(b"\x89PNG", "logo.png", "image/png")


@pytest.mark.parametrize("body", ["json", "data"])
def test_a_file_in_extra_body_turns_the_body_into_parts(body: str) -> None:
    kwargs = {
        **GET,
        "headers": {"Content-Type": "application/x-www-form-urlencoded", "Accept": "a"},
        body: {"name": "n", "size": 2, "tags": ["t"], "meta": {"k": None}},
    }
    out = merged(kwargs, extra_body={"logo": LOGO})
    assert out["files"] == [
        ("name", (None, b"n", "text/plain")),
        ("size", (None, b"2", "text/plain")),
        ("tags", (None, b'["t"]', "application/json")),
        ("meta", (None, b'{"k": null}', "application/json")),
        ("logo", ("logo.png", b"\x89PNG", "image/png")),
    ]
    assert "json" not in out and "data" not in out
    # httpx writes multipart's own Content-Type, with its boundary; other headers stay.
    assert out["headers"] == {"Accept": "a"}


def test_a_file_in_extra_body_of_an_operation_without_a_body(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    out = merged(GET, extra_body={"notes": path, "blob": b"\x00", "n": 1})
    name, (file_name, reader, mime_type) = out["files"][0]
    assert (name, file_name, mime_type) == ("notes", "notes.txt", None)
    assert reader.read() == b"hello"
    assert out["files"][1:] == [
        ("blob", ("blob", b"\x00", "application/octet-stream")),
        ("n", (None, b"1", "text/plain")),
    ]
    assert "headers" not in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"X-Count": 3}, "headers: 'X-Count' must be a string, got int"),
        ({"X-Secret": None}, "headers: 'X-Secret' must be a string, got NoneType"),
        ({b"X-Raw": "v"}, "headers: a header name must be a string, got bytes"),
        ({7: 8}, "headers: a header name must be a string, got int"),
    ],
)
def test_a_header_that_is_not_text_is_refused_naming_it(extra: Any, message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        merged({**GET, "headers": {"Accept": "a"}}, extra_headers=extra)
    assert str(caught.value) == message


BREAK = "headers: the value of 'X-Tenant' holds a line break or NUL, which no header can carry"


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"X-Tenant": "a\r\nX-Injected: 1"}, BREAK),
        ({"X-Tenant": "a\n"}, BREAK),
        ({"X-Tenant": b"a\x00b"}, BREAK),
        ({"X Tenant": "a"}, "headers: 'X Tenant' is not a header name"),
        ({"X-Tenant:": "a"}, "headers: 'X-Tenant:' is not a header name"),
        ({"": "a"}, "headers: '' is not a header name"),
    ],
)
@pytest.mark.parametrize("where", ["constructor", "extra_headers", "request", "with_options"])
async def test_a_header_http_cannot_carry_is_refused_before_anything_is_sent(
    server: ScriptedServer, where: str, headers: dict[str, Any], message: str
) -> None:
    """Wherever headers are given: named, the value never shown (it may be a credential), and
    no request made, where the transport would have failed as a connection error."""
    with pytest.raises(ConfigurationError) as caught:
        if where == "constructor":
            AsyncClient(api_key=SECRET, base_url=server.url, headers=headers)
        async with AsyncClient(api_key=SECRET, base_url=server.url) as ibl:
            if where == "extra_headers":  # as every operation passes them
                await ibl._send(fake_operation._operation("GET"), {"url": "/x/"}, None, headers)
            elif where == "request":
                await ibl.request("GET", "/x/", headers=headers)
            else:
                ibl.with_options(headers=headers)
    assert str(caught.value).startswith(message)
    assert "X-Injected" not in str(caught.value) and server.requests == []


@pytest.mark.parametrize("method", ["G ET", "GET\r\n", "", "POST/"])
async def test_a_method_that_is_no_token_is_refused_naming_it(
    server: ScriptedServer, method: str
) -> None:
    async with AsyncClient(api_key=SECRET, base_url=server.url) as ibl:
        with pytest.raises(ConfigurationError) as caught:
            await ibl.request(method, "/x/")
    assert str(caught.value) == (
        f"method: {method!r} is not an HTTP method (a token, such as GET or POST)"
    )
    assert server.requests == []


def test_bytes_in_the_operation_s_form_become_a_file_part_named_after_the_field() -> None:
    out = merged({**GET, "data": {"raw": b"\x01"}}, extra_body={"logo": LOGO})
    assert out["files"] == [
        ("raw", ("raw", b"\x01", "application/octet-stream")),
        ("logo", ("logo.png", b"\x89PNG", "image/png")),
    ]
