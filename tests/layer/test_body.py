"""A body without a declared schema decodes to the most precise of None, JSON, text, bytes."""

from __future__ import annotations

import httpx
import pytest

from ibl_client._body import decode

PDF = b"%PDF-1.7\n\xe2\xe3\xcf\xd3"


def body(content: bytes, content_type: str | None = None) -> httpx.Response:
    headers = {} if content_type is None else {"Content-Type": content_type}
    return httpx.Response(200, content=content, headers=headers)


@pytest.mark.parametrize(
    ("content", "content_type", "decoded"),
    [
        (b"", "application/json", None),
        (b"", None, None),
        (b'{"a": [1, 2.5, null]}', "application/json", {"a": [1, 2.5, None]}),
        (b'{"a": 1}', "APPLICATION/JSON ; charset=utf-8", {"a": 1}),
        (b'{"a": 1}', "application/problem+json", {"a": 1}),
        # The media type is what comes before the first parameter, however many follow.
        (b'{"a": 1}', "application/json; charset=utf-8; version=2", {"a": 1}),
        (b"[true]", None, [True]),
        (b'"quoted"', None, "quoted"),
        (b"0", None, 0),
        # Not JSON after all: still text when it is UTF-8, bytes when it is not.
        (b"{broken", "application/json", "{broken"),
        (b"\xff{broken", "application/json", b"\xff{broken"),
        (b"plain words", None, "plain words"),
        (PDF, None, PDF),
        # Declared text is text, even when it would parse as JSON.
        (b"42", "text/plain", "42"),
        (b"<p>caf\xc3\xa9</p>", "Text/HTML; charset=utf-8", "<p>café</p>"),
        (b"caf\xe9", "application/x-thing; Charset=latin-1", "café"),
        # Anything else declared is bytes, even when it would decode as text or JSON.
        (b"[1]", "application/octet-stream", b"[1]"),
        (b"a,b", "application/jsonl", b"a,b"),
        (PDF, "application/pdf", PDF),
    ],
)
def test_decode(content: bytes, content_type: str | None, decoded: object) -> None:
    value = decode(body(content, content_type))
    assert value == decoded
    assert type(value) is type(decoded)
