"""Per-call escape hatches: what a call sends beyond what the description declares.

Every operation method (and ``client.request``) takes ``extra_query``, ``extra_headers``,
``extra_body`` and ``timeout``. They reach what the description lacks (a parameter it forgot,
a field the server accepts since a newer version) through the same auth, retries, errors and
redaction as any call:

>>> await ibl.core.core_platform_users_retrieve(extra_query={"is_admin": "true"})  # doctest: +SKIP

The extras win over the operation's own values of the same name. ``extra_body`` is merged into
whatever body the operation sends: a JSON object, a form, or the parts of a multipart body
(a string or number becomes a text part, a dict or list a JSON part, a ``File``, bytes, a path
or a binary file a file part); an operation without a body sends it as JSON, and a file in it
makes the body multipart: ``extra_body={"file": File.from_path("logo.png")}``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._config import to_timeout
from ._errors import ConfigurationError
from ._files import File, as_file, is_file
from ._types import Body, Headers, Query, Timeout

#: An HTTP token (RFC 9110 §5.6.2): what a header name or a method is made of.
TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BREAKS = re.compile(r"[\r\n\0]")

__all__ = ["Body", "Headers", "Query", "Timeout"]

#: The keyword arguments every operation function and method ends with, in this order.
ARGUMENTS = ("extra_query", "extra_headers", "extra_body", "timeout")


def merge(
    kwargs: Mapping[str, Any],
    *,
    extra_query: Query | None,
    extra_headers: Headers | None,
    extra_body: Body | None,
) -> dict[str, Any]:
    """The request arguments of an operation with the extras merged in (a new dict)."""
    merged = dict(kwargs)
    if extra_query:
        merged["params"] = {**(merged.get("params") or {}), **extra_query}
    if extra_headers:
        merged["headers"] = merge_headers(merged.get("headers"), extra_headers)
    if extra_body:
        _merge_body(merged, extra_body)
    return merged


def merge_headers(base: Headers | None, extra: Headers | None) -> dict[str, str]:
    """``base`` with ``extra`` over it, names compared as HTTP compares them (any case): a
    call's ``x-tenant`` replaces the client's ``X-Tenant`` in its place, as a dict update
    replaces a key of the same spelling, rather than going out beside it.

    >>> merge_headers({"X-Tenant": "a", "Accept": "*/*"}, {"x-tenant": "b", "X-New": "c"})
    {'x-tenant': 'b', 'Accept': '*/*', 'X-New': 'c'}
    """
    for name, value in (extra or {}).items():
        if not isinstance(name, str) or not isinstance(value, (str, bytes)):
            # Checked here, not left to httpx, whose error differs by version (TypeError from
            # 0.28, AttributeError before); the value is not shown (it may be a credential).
            raise ConfigurationError(
                f"headers: {name!r} must be a string, got {type(value).__name__}"
                if isinstance(name, str)
                else f"headers: a header name must be a string, got {type(name).__name__}"
            )
        # What HTTP/1.1 cannot carry (RFC 9110 §5.1, §5.5): refused before anything is sent,
        # rather than failing in the transport as a connection error (or, with a line break,
        # writing a header of the caller's making).
        if not TOKEN.fullmatch(name):
            raise ConfigurationError(
                f"headers: {name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~)"
            )
        if _BREAKS.search(value if isinstance(value, str) else value.decode("latin-1")):
            raise ConfigurationError(
                f"headers: the value of {name!r} holds a line break or NUL, which no header "
                "can carry"
            )
    if not base or not extra:
        return dict(base or extra or {})
    given = {name.lower(): (name, value) for name, value in extra.items()}
    merged = dict(given.pop(name.lower(), (name, value)) for name, value in base.items())
    merged.update(given.values())
    return merged


def _merge_body(kwargs: dict[str, Any], extra: Body) -> None:
    if "files" not in kwargs and any(is_file(value) for value in extra.values()):
        _as_multipart(kwargs)
    if "files" in kwargs:
        names = set(extra)
        parts = [part for part in kwargs["files"] if part[0] not in names]
        kwargs["files"] = parts + [(name, _part(name, value)) for name, value in extra.items()]
    elif "data" in kwargs:
        kwargs["data"] = {**kwargs["data"], **extra}
    elif "content" in kwargs:
        raise ConfigurationError(
            "extra_body: this operation sends a raw body, which has no fields to add to; "
            "use client.request(...) to send a different body"
        )
    elif "json" in kwargs:
        body = kwargs["json"]
        if not isinstance(body, Mapping):
            raise ConfigurationError(
                f"extra_body: this operation sends a JSON {type(body).__name__}, not an object; "
                "use client.request(...) to send a different body"
            )
        kwargs["json"] = {**body, **extra}
    else:
        kwargs["json"] = dict(extra)


def _as_multipart(kwargs: dict[str, Any]) -> None:
    """Turn the operation's JSON object or form (or no body) into multipart parts, so a file
    in ``extra_body`` can be sent with it (a file has no JSON or form encoding)."""
    if "content" in kwargs:
        return  # refused below, with the reason
    fields = kwargs.pop("json", None) if "json" in kwargs else kwargs.pop("data", None)
    if fields is not None and not isinstance(fields, Mapping):
        raise ConfigurationError(
            f"extra_body: a file cannot be added to this operation's JSON "
            f"{type(fields).__name__}; use client.request(..., files=...) to send a different body"
        )
    kwargs["files"] = [(name, _part(name, value)) for name, value in (fields or {}).items()]
    headers = kwargs.get("headers")
    if headers:  # httpx sets multipart's own Content-Type, with its boundary
        kwargs["headers"] = {k: v for k, v in headers.items() if k.lower() != "content-type"}


def _part(name: str, value: Any) -> Any:
    """One multipart part for an ``extra_body`` value, encoded as the generated models do."""
    if isinstance(value, File):
        return value.to_tuple()
    if isinstance(value, (bytes, io.IOBase)):
        return (name, value, "application/octet-stream")
    if is_file(value):  # a path, read in chunks while it is sent
        return as_file(value, name).to_tuple()
    if isinstance(value, (Mapping, list)):
        return (None, json.dumps(value).encode(), "application/json")
    return (None, str(value).encode(), "text/plain")


def timeout_of(value: Timeout) -> httpx.Timeout:
    """A per-call timeout as httpx takes it, converted and checked as the client's is."""
    return to_timeout(value)
