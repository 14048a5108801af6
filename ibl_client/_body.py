"""Bodies without a declared schema: the ``JSON`` value type, and how such a body is decoded.

The description is rebuilt from a generated client, so many successful responses are declared
without a schema ("No response body") although the server answers with data; error bodies never
have one. Both are decoded here, the same way, so nothing the server sent is thrown away:

- an empty body is ``None``;
- a JSON body (a JSON media type, or no media type and valid JSON) is its decoded value;
- a text body (``text/*``, or undeclared but valid UTF-8) is its ``str``;
- anything else (a PDF, an image, ...) is its ``bytes``.

>>> import httpx
>>> decode(httpx.Response(200, json=[{"course": "c1"}]))
[{'course': 'c1'}]
>>> decode(httpx.Response(200, text="ok")), decode(httpx.Response(204))
('ok', None)
"""

from __future__ import annotations

import json
from typing import TypeAlias

import httpx

__all__ = ["JSON", "decode"]

#: Any JSON value, as ``json.loads`` returns it.
JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None


def decode(response: httpx.Response) -> JSON | bytes:
    """The body of ``response`` as the most precise of: None, JSON, text, bytes."""
    content = response.content
    if not content:
        return None
    content_type = response.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    undeclared_or_json = not media or media.endswith(("/json", "+json"))
    if undeclared_or_json:
        try:
            value: JSON = json.loads(content)
            return value
        except ValueError:
            pass  # not JSON after all: text or bytes, below
    if media.startswith("text/") or "charset=" in content_type.lower():
        return response.text
    if undeclared_or_json:
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return content
