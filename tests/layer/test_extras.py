"""How the per-call extras merge into an operation's request arguments (ibl_client/_extras.py),
and how a body without a schema is decoded (ibl_client/_body.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ibl_client import ConfigurationError
from ibl_client._body import decode
from ibl_client._extras import merge, timeout_of

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
