"""Comparing request bodies and responses: presence, media types, status codes, schemas.

Schemas are compared for every media type present in both versions. drf-spectacular emits
the same serializer for JSON, form and multipart bodies, so identical findings from several
media types are later collapsed into one (``diff.diff_specs`` de-duplicates).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .operations import Operation
from .refs import Document, resolve
from .schemas import Direction, Finding, SchemaDiffer

__all__ = ["compare_request_body", "compare_responses"]


def _content(obj: Any) -> dict[str, Any]:
    """The ``content`` map of a request body or response, empty when there is none."""
    if not isinstance(obj, dict):
        return {}
    content = obj.get("content")
    return content if isinstance(content, dict) else {}


def _media(
    schemas: SchemaDiffer,
    old: dict[str, Any],
    new: dict[str, Any],
    where: tuple[str, ...],
    direction: Direction,
) -> list[Finding]:
    """Media types added/removed, then the schema of each media type both versions have."""
    found: list[Finding] = []
    found += [
        Finding(f"{direction}-media-type-removed", where, m, None) for m in old if m not in new
    ]
    found += [Finding(f"{direction}-media-type-added", where, None, m) for m in new if m not in old]
    for media_type in new:
        if media_type in old:
            old_schema = (old[media_type] or {}).get("schema")
            new_schema = (new[media_type] or {}).get("schema")
            if old_schema is None and new_schema is None:
                continue
            for f in schemas.compare(old_schema, new_schema, direction):
                found.append(replace(f, path=(*where, *f.path)))
    return found


def compare_request_body(
    schemas: SchemaDiffer,
    old_doc: Document,
    new_doc: Document,
    old_op: Operation,
    new_op: Operation,
) -> list[Finding]:
    """Request body presence and requiredness, then its media types and schemas."""
    old = resolve(old_doc, old_op.spec.get("requestBody"))
    new = resolve(new_doc, new_op.spec.get("requestBody"))
    where = ("request", "body")
    if old is None and new is None:
        return []
    if old is None:
        kind = "request-body-added-required" if new.get("required") else "request-body-added"
        return [Finding(kind, where, None, True)]
    if new is None:
        return [Finding("request-body-removed", where, True, None)]
    found: list[Finding] = []
    was, now = bool(old.get("required")), bool(new.get("required"))
    if was != now:
        kind = "request-body-made-required" if now else "request-body-made-optional"
        found.append(Finding(kind, where, was, now))
    return found + _media(schemas, _content(old), _content(new), where, "request")


def compare_responses(
    schemas: SchemaDiffer,
    old_doc: Document,
    new_doc: Document,
    old_op: Operation,
    new_op: Operation,
) -> list[Finding]:
    """Status codes added/removed, then each common status's media types and schemas."""
    old = {str(k): v for k, v in (old_op.spec.get("responses") or {}).items()}
    new = {str(k): v for k, v in (new_op.spec.get("responses") or {}).items()}
    found: list[Finding] = []
    found += [
        Finding("response-status-removed", ("response", c), c, None) for c in old if c not in new
    ]
    found += [
        Finding("response-status-added", ("response", c), None, c) for c in new if c not in old
    ]
    for code in new:
        if code in old:
            old_content = _content(resolve(old_doc, old[code]))
            new_content = _content(resolve(new_doc, new[code]))
            found += _media(
                schemas, old_content, new_content, ("response", code, "body"), "response"
            )
    return found
