"""``diff_specs``: the whole comparison, read top to bottom.

operations removed → operations added → for each operation in both: identity, security,
parameters, request body, responses. Detection yields ``Finding``s; this module turns them
into classified ``Change``s, removes duplicates and orders them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from scripts.apidiff.bodies import compare_request_body, compare_responses
from scripts.apidiff.operations import Operation, compare_identity, index_operations
from scripts.apidiff.parameters import compare_parameters
from scripts.apidiff.refs import Document
from scripts.apidiff.report import Change, Report
from scripts.apidiff.schemas import Finding, SchemaDiffer
from scripts.apidiff.security import compare_security

__all__ = ["diff_specs"]


def _version(doc: Document) -> str:
    """The ``info.version`` a description declares (``?`` when absent)."""
    info = doc.get("info") or {}
    return str(info.get("version", "?"))


def _location(path: tuple[str, ...]) -> str:
    """Dotted segments, with array items written ``results[].id`` rather than ``results.[].id``."""
    return "".join(seg if seg == "[]" or not i else f".{seg}" for i, seg in enumerate(path))


def _changes(op: Operation, findings: Iterable[Finding]) -> list[Change]:
    """Attach the operation to findings and let the rules classify them."""
    return [
        Change.of(f.kind, op.label, _location(f.path), f.old, f.new, tag=op.tag) for f in findings
    ]


def _compare_operation(
    schemas: SchemaDiffer, old_doc: Document, new_doc: Document, old: Operation, new: Operation
) -> list[Finding]:
    """Everything that can change inside one operation present in both versions."""
    return [
        *compare_identity(old, new),
        *compare_security(old_doc, new_doc, old, new),
        *compare_parameters(old_doc, new_doc, old, new),
        *compare_request_body(schemas, old_doc, new_doc, old, new),
        *compare_responses(schemas, old_doc, new_doc, old, new),
    ]


def _unique(changes: Iterable[Change]) -> list[Change]:
    """Drop repeats — the same finding reached through JSON, form and multipart bodies."""
    seen: set[tuple[str, str, str, str]] = set()
    kept: list[Change] = []
    for change in changes:
        key = (change.kind, change.operation, change.location, json.dumps([change.old, change.new]))
        if key not in seen:
            seen.add(key)
            kept.append(change)
    return kept


def diff_specs(old: Document, new: Document) -> Report:
    """Compare two parsed OpenAPI 3.0 descriptions and classify every change.

    >>> empty = {"openapi": "3.0.3", "info": {"version": "1"}, "paths": {}}
    >>> diff_specs(empty, empty).summary_line()
    'API 1 → 1: 0 changes (0 breaking, 0 non-breaking); operations +0 -0'
    """
    old_ops, new_ops = index_operations(old), index_operations(new)
    schemas = SchemaDiffer(old, new)
    per_operation: list[tuple[Operation, list[Change]]] = []
    for key, op in old_ops.items():
        if key not in new_ops:
            per_operation.append(
                (op, _changes(op, [Finding("operation-removed", (), op.label, None)]))
            )
    for key, op in new_ops.items():
        if key not in old_ops:
            per_operation.append(
                (op, _changes(op, [Finding("operation-added", (), None, op.label)]))
            )
        else:
            found = _compare_operation(schemas, old, new, old_ops[key], op)
            per_operation.append((op, _changes(op, found)))
    per_operation.sort(key=lambda pair: pair[0].sort_key)
    ordered = (c for _, changes in per_operation for c in sorted(changes, key=_within_operation))
    return Report(_version(old), _version(new), tuple(_unique(ordered)))


def _within_operation(change: Change) -> tuple[str, str]:
    """Operation-level changes first, then by location, then kind."""
    return (change.location, change.kind)
